#include "core/scenario_field_reader.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>

namespace hr {

namespace {

constexpr std::size_t kMaxIdLength = 64;
constexpr std::size_t kMaxLocalizedBytes = 6000; // a briefing of a few paragraphs fits easily
constexpr std::size_t kMaxQuoted = 40;

bool valid_id(std::string_view s) {
    if (s.empty() || s.size() > kMaxIdLength) {
        return false;
    }
    return std::all_of(s.begin(), s.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
    });
}

bool blank(std::string_view s) {
    return std::all_of(s.begin(), s.end(),
                       [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; });
}

std::string describe_range(schema::Range r) {
    if (r.lo_open) {
        return "greater than " + format_number(r.lo) + " and at most " + format_number(r.hi);
    }
    return "between " + format_number(r.lo) + " and " + format_number(r.hi);
}

} // namespace

ErrorSink::ErrorSink(std::string file, std::size_t max_errors)
    : file_(std::move(file)), max_errors_(max_errors) {}

void ErrorSink::add(std::string field, std::string reason) {
    if (errors_.size() < max_errors_) {
        errors_.push_back({file_, std::move(field), std::move(reason)});
    } else if (errors_.size() == max_errors_) {
        errors_.push_back(
            {file_, "",
             "too many errors: only the first " + std::to_string(max_errors_) + " are listed"});
    }
}

std::string format_number(double v) {
    std::array<char, 32> buf{};
    const auto [end, ec] = std::to_chars(buf.data(), buf.data() + buf.size(), v);
    return ec == std::errc{} ? std::string(buf.data(), end) : std::string("?");
}

std::string excerpt(std::string_view s) {
    std::string out = "'";
    for (const char c : s.substr(0, kMaxQuoted)) {
        const auto u = static_cast<unsigned char>(c);
        out.push_back(u >= 0x20 && u < 0x7f ? c : '?');
    }
    out += s.size() > kMaxQuoted ? "...'" : "'";
    return out;
}

FieldReader::FieldReader(ErrorSink& sink, const json& object, std::string path)
    : sink_(sink), object_(object), path_(std::move(path)) {}

void FieldReader::finish() {
    for (const auto& [key, value] : object_.items()) {
        if (std::find(asked_.begin(), asked_.end(), key) == asked_.end()) {
            sink_.add(child(key), "unknown field: not part of schema version " +
                                      std::to_string(kScenarioSchemaVersion));
        }
    }
}

const FieldReader::json* FieldReader::find(std::string_view key, Need need) {
    asked_.push_back(key);
    const auto it = object_.find(std::string(key));
    if (it == object_.end()) {
        if (need == Need::Required) {
            sink_.add(child(key), "missing required field");
        }
        return nullptr;
    }
    return &*it;
}

std::string FieldReader::wrong_type(std::string_view expected, const json& got) {
    return "wrong type: expected " + std::string(expected) + ", got " + got.type_name();
}

bool FieldReader::is(const json& v, bool ok, std::string_view key, std::string_view expected) {
    if (!ok) {
        sink_.add(child(key), wrong_type(expected, v));
    }
    return ok;
}

bool FieldReader::in_range(const std::string& path, double v, Range r) {
    const bool ok = (r.lo_open ? v > r.lo : v >= r.lo) && v <= r.hi;
    if (!ok) {
        sink_.add(path, "out of range: must be " + describe_range(r) + ", got " + format_number(v));
    }
    return ok;
}

bool FieldReader::count_in_range(std::string_view key, std::size_t n, std::size_t min,
                                 std::size_t max) {
    if (n < min || n > max) {
        sink_.add(child(key), "out of range: must have between " + std::to_string(min) + " and " +
                                  std::to_string(max) + " entries, got " + std::to_string(n));
        return n >= min; // too few: still read them; too many: refuse to walk a flood
    }
    return true;
}

std::optional<double> FieldReader::ranged(std::string_view key, Range r, Need need, bool whole) {
    const json* v = find(key, need);
    const std::string_view expected = whole ? "a whole number" : "a number";
    if (v == nullptr || !is(*v, v->is_number(), key, expected)) {
        return std::nullopt;
    }
    const double d = v->get<double>();
    if (whole && d != std::floor(d)) {
        sink_.add(child(key), "wrong type: expected a whole number, got " + format_number(d));
        return std::nullopt;
    }
    if (!in_range(child(key), d, r)) {
        return std::nullopt;
    }
    return d;
}

void FieldReader::number(std::string_view key, double& out, Range r, Need need) {
    if (const auto d = ranged(key, r, need, false)) {
        out = *d;
    }
}

void FieldReader::integer(std::string_view key, int& out, Range r, Need need) {
    if (const auto d = ranged(key, r, need, true)) {
        out = static_cast<int>(*d);
    }
}

void FieldReader::money(std::string_view key, Money& out, Range r_k, Need need) {
    if (const auto k = ranged(key, r_k, need, false)) {
        out = from_k(*k);
    }
}

void FieldReader::flag(std::string_view key, bool& out, Need need) {
    const json* v = find(key, need);
    if (v != nullptr && is(*v, v->is_boolean(), key, "true or false")) {
        out = v->get<bool>();
    }
}

void FieldReader::id(std::string_view key, std::string& out, Need need) {
    const json* v = find(key, need);
    if (v == nullptr || !is(*v, v->is_string(), key, "a string")) {
        return;
    }
    const auto& s = v->get_ref<const std::string&>();
    if (!valid_id(s)) {
        sink_.add(child(key), "invalid id " + excerpt(s) + ": use 1 to " +
                                  std::to_string(kMaxIdLength) +
                                  " lowercase letters, digits, '-' or '_'");
        return;
    }
    out = s;
}

void FieldReader::text(std::string_view key, std::string& out, std::size_t max_bytes, Need need) {
    const json* v = find(key, need);
    if (v == nullptr || !is(*v, v->is_string(), key, "a string")) {
        return;
    }
    const auto& s = v->get_ref<const std::string&>();
    if (blank(s)) {
        sink_.add(child(key), "out of range: must not be empty");
    } else if (s.size() > max_bytes) {
        sink_.add(child(key), "out of range: at most " + std::to_string(max_bytes) +
                                  " bytes, got " + std::to_string(s.size()));
    } else {
        out = s;
    }
}

void FieldReader::localized(std::string_view key, LocalizedText& out, Need need) {
    const json* v = find(key, need);
    if (v == nullptr || !is(*v, v->is_object(), key, "an object with en, es and pt")) {
        return;
    }
    FieldReader sub(sink_, *v, child(key));
    sub.text("en", out.en, kMaxLocalizedBytes, Need::Required);
    sub.text("es", out.es, kMaxLocalizedBytes, Need::Required);
    sub.text("pt", out.pt, kMaxLocalizedBytes, Need::Required);
    sub.finish();
}

void FieldReader::set_flag(const json& e, const std::string& path,
                           const std::pair<std::string_view, bool*>* flags, std::size_t n) {
    if (!e.is_string()) {
        sink_.add(path, wrong_type("a string", e));
        return;
    }
    const auto& s = e.get_ref<const std::string&>();
    const auto* end = flags + n;
    const auto* it = std::find_if(flags, end, [&](const auto& f) { return f.first == s; });
    if (it == end) {
        std::string reason = "unknown clause " + excerpt(s) + "; expected one of: ";
        for (const auto* f = flags; f != end; ++f) {
            reason += (f != flags ? ", " : "");
            reason += f->first;
        }
        sink_.add(path, reason);
    } else if (*it->second) {
        sink_.add(path, "duplicate clause " + excerpt(s) + ": listed more than once");
    } else {
        *it->second = true;
    }
}

} // namespace hr
