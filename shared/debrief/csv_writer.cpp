#include "debrief/csv_writer.hpp"

#include <iomanip>
#include <locale>
#include <sstream>
#include <stdexcept>

namespace hr::debrief {

std::string number_text(double value) {
    std::ostringstream out;
    out.imbue(std::locale::classic());
    out << std::setprecision(10) << value;
    return out.str();
}

CsvWriter::CsvWriter(std::initializer_list<std::string_view> header) {
    for (std::string_view name : header) {
        text(name);
    }
    columns_ = in_row_;
    end_row();
}

void CsvWriter::field(std::string_view raw) {
    if (in_row_ > 0) {
        out_ += ',';
    }
    ++in_row_;
    if (raw.find_first_of(",\"\r\n") == std::string_view::npos) {
        out_ += raw;
        return;
    }
    out_ += '"';
    for (char ch : raw) {
        out_ += ch;
        if (ch == '"') {
            out_ += '"';
        }
    }
    out_ += '"';
}

CsvWriter& CsvWriter::text(std::string_view value) {
    field(value);
    return *this;
}

CsvWriter& CsvWriter::integer(long long value) {
    field(std::to_string(value));
    return *this;
}

CsvWriter& CsvWriter::number(double value) {
    field(number_text(value));
    return *this;
}

CsvWriter& CsvWriter::flag(bool value) {
    field(value ? "1" : "0");
    return *this;
}

CsvWriter& CsvWriter::empty() {
    field("");
    return *this;
}

void CsvWriter::end_row() {
    if (columns_ != 0 && in_row_ != columns_) {
        throw std::logic_error("a CSV row has " + std::to_string(in_row_) + " values for " +
                               std::to_string(columns_) + " columns");
    }
    out_ += "\r\n";
    in_row_ = 0;
}

} // namespace hr::debrief
