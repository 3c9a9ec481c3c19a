#include "output_file.hpp"

#include "usage_error.hpp"

namespace hr::sim {

namespace {
constexpr std::size_t kBufferSize = 1 << 20;
}

OutputFile::OutputFile(const std::string& path, const std::string& what)
    : path_(path), what_(what), buffer_(std::make_unique<char[]>(kBufferSize)) {
    // A large buffer: the CSV is written in big chunks, one game at a time.
    out_.rdbuf()->pubsetbuf(buffer_.get(), kBufferSize);
    out_.open(path, std::ios::binary | std::ios::trunc);
    if (!out_) {
        throw UsageError("cannot write the " + what + " " + path);
    }
}

void OutputFile::close() {
    out_.flush();
    const bool ok = out_.good();
    out_.close();
    if (!ok || out_.fail()) {
        throw UsageError("writing the " + what_ + " " + path_ + " failed (disk full?)");
    }
}

} // namespace hr::sim
