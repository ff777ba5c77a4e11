// libFuzzer target: XlsxReader (and ZipReader under it) over a hostile file (docs/fuzzing.md).

#include "fuzzsupport.h"

using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    sdfuzz::initQt(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QString path = sdfuzz::scratchDir() + u"/fuzz.xlsx"_s;
    return sdfuzz::finish(sdfuzz::readXlsx(QByteArrayView(data, qsizetype(size)), path));
}
