#pragma once

// While one lives on a thread, zlib compresses whatever that thread compresses at its fastest level.
// libxlsxwriter packs a workbook with zlib's default level and lets no caller choose another; for a
// registry of 100,000 rows that is 65 MB of XML and 0.6 s on one core, as long as writing all its
// rows. The fastest level takes a third of the time for a file a third larger (7.4 MB, not 5.4 MB).
class FastDeflate
{
public:
    // `on` false: a scope that changes nothing, for code that packs fast only sometimes.
    explicit FastDeflate(bool on = true);
    ~FastDeflate();
    FastDeflate(const FastDeflate &) = delete;
    FastDeflate &operator=(const FastDeflate &) = delete;

private:
    bool m_on;
};
