// The CSV/TSV reader: any bytes are read as a table or refused with a message, within the limits.
#include "FuzzInput.h"
#include "services/TableFile.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = FuzzInput::bytes(data, size);
    TableFile::parse(input, false);
    TableFile::parse(input, true);
    TableFile::read(FuzzInput::file(data, size, QStringLiteral("csv")));
    return 0;
}
