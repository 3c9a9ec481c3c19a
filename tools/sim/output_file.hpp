#pragma once
// An output file opened before any work starts, so that an unwritable path is reported at once
// rather than after a long run.
#include <fstream>
#include <memory>
#include <string>

namespace hr::sim {

class OutputFile {
  public:
    // Throws UsageError when `path` cannot be opened for writing. `what` names it in the error
    // ("CSV file").
    OutputFile(const std::string& path, const std::string& what);
    std::ofstream& stream() { return out_; }
    // Flushes and closes; throws UsageError when anything failed to be written.
    void close();

  private:
    std::string path_;
    std::string what_;
    std::unique_ptr<char[]> buffer_;
    std::ofstream out_;
};

} // namespace hr::sim
