// libFuzzer target: CsvReader over hostile bytes (docs/fuzzing.md).

#include "fuzzsupport.h"

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    sdfuzz::initQt(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return sdfuzz::finish(sdfuzz::readCsv(QByteArrayView(data, qsizetype(size))));
}
