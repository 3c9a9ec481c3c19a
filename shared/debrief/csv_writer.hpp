#pragma once
// CSV text as RFC 4180 describes it: comma-separated, CRLF line ends, a field quoted when it holds
// a comma, a quote or a line break. Numbers in the C locale (a decimal point, whatever the
// machine's language), so that every spreadsheet and script reads the same values.
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

namespace hr::debrief {

// A number with up to 10 significant digits: 0.1 stays "0.1", 1e-12 becomes "1e-12".
std::string number_text(double value);

// Values joined by ';' inside one field (lists of ids).
template <class Range, class ToText> std::string joined(const Range& values, ToText to_text) {
    std::string out;
    for (const auto& v : values) {
        out += (out.empty() ? "" : ";") + std::string(to_text(v));
    }
    return out;
}

class CsvWriter {
  public:
    explicit CsvWriter(std::initializer_list<std::string_view> header);

    CsvWriter& text(std::string_view value);
    CsvWriter& integer(long long value);
    CsvWriter& number(double value);
    CsvWriter& flag(bool value); // 1 or 0
    CsvWriter& empty();          // a value the source does not hold
    // Ends the row; throws std::logic_error when it has not one value per column.
    void end_row();

    std::size_t columns() const { return columns_; }
    const std::string& str() const { return out_; }

  private:
    void field(std::string_view raw);

    std::string out_;
    std::size_t columns_ = 0;
    std::size_t in_row_ = 0;
};

} // namespace hr::debrief
