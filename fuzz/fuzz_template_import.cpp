// libFuzzer target: TemplateRepository::importJson into a scratch workspace (docs/fuzzing.md).

#include "fuzzsupport.h"

using namespace Qt::StringLiterals;

namespace {

sdfuzz::TemplateImport *s_import = nullptr;

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    sdfuzz::initQt(argc, argv);
    // Opened (created, migrated, built-ins seeded) once; each input leaves it as it was.
    static sdfuzz::TemplateImport import(sdfuzz::scratchDir() + u"/fuzz.sqlite"_s);
    if (!import.isOpen()) {
        std::fprintf(stderr, "cannot open the scratch workspace\n");
        std::abort();
    }
    s_import = &import;
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return sdfuzz::finish(s_import->run(QByteArrayView(data, qsizetype(size))));
}
