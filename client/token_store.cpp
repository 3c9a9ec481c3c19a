#include "token_store.hpp"

#include "settings.hpp"

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <fstream>
#include <nlohmann/json.hpp>
#include <system_error>

namespace hr::client {

namespace {

constexpr int kFileVersion = 1;
constexpr std::size_t kMaxField = 256;

std::int64_t now_seconds() {
    return std::chrono::duration_cast<std::chrono::seconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

std::string text_field(const nlohmann::json& doc, const char* field) {
    const auto found = doc.find(field);
    if (found == doc.end() || !found->is_string()) {
        return {};
    }
    auto text = found->get<std::string>();
    return text.size() <= kMaxField ? text : std::string();
}

template <typename T> T number_field(const nlohmann::json& doc, const char* field) {
    const auto found = doc.find(field);
    if (found == doc.end() || !found->is_number_integer()) {
        return T{};
    }
    return found->get<T>();
}

bool same(const StoredSeat& seat, std::string_view server, std::string_view code) {
    return seat.server == server && seat.code == code;
}

} // namespace

std::string token_to_hex(const proto::ReconnectToken& token) {
    static constexpr char kDigits[] = "0123456789abcdef";
    std::string hex;
    hex.reserve(token.size() * 2);
    for (const std::uint8_t byte : token) {
        hex.push_back(kDigits[byte >> 4]);
        hex.push_back(kDigits[byte & 0x0f]);
    }
    return hex;
}

std::optional<proto::ReconnectToken> token_from_hex(std::string_view hex) {
    proto::ReconnectToken token{};
    if (hex.size() != token.size() * 2) {
        return std::nullopt;
    }
    const auto nibble = [](char c) -> int {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    };
    for (std::size_t i = 0; i < token.size(); ++i) {
        const int high = nibble(hex[2 * i]);
        const int low = nibble(hex[2 * i + 1]);
        if (high < 0 || low < 0) {
            return std::nullopt;
        }
        token[i] = static_cast<std::uint8_t>(high * 16 + low);
    }
    return token;
}

TokenStore::TokenStore(std::optional<std::filesystem::path> file) : file_(std::move(file)) {
    load();
}

std::optional<std::filesystem::path> TokenStore::default_path() {
    auto dir = config_dir(std::getenv("XDG_CONFIG_HOME"), std::getenv("HOME"));
    if (!dir) {
        return std::nullopt;
    }
    return *dir / "sessions.json";
}

std::optional<StoredSeat> TokenStore::find(std::string_view server, std::string_view code) const {
    const auto it = std::find_if(entries_.begin(), entries_.end(),
                                 [&](const StoredSeat& s) { return same(s, server, code); });
    return it == entries_.end() ? std::nullopt : std::optional(*it);
}

std::optional<StoredSeat> TokenStore::last_hosted() const {
    const auto it = std::find_if(entries_.rbegin(), entries_.rend(), [](const StoredSeat& s) {
        return !s.secret.empty() && s.server_port != 0;
    });
    return it == entries_.rend() ? std::nullopt : std::optional(*it);
}

void TokenStore::remember(StoredSeat seat) {
    forget(seat.server, seat.code);
    seat.saved_at = now_seconds();
    entries_.push_back(std::move(seat));
    if (entries_.size() > kMaxEntries) {
        entries_.erase(entries_.begin(),
                       entries_.begin() + static_cast<long>(entries_.size() - kMaxEntries));
    }
    save();
}

void TokenStore::forget(std::string_view server, std::string_view code) {
    const auto before = entries_.size();
    std::erase_if(entries_, [&](const StoredSeat& s) { return same(s, server, code); });
    if (entries_.size() != before) {
        save();
    }
}

void TokenStore::load() {
    if (!file_) {
        return;
    }
    std::ifstream in(*file_);
    if (!in) {
        return; // nothing remembered yet
    }
    const auto doc = nlohmann::json::parse(in, nullptr, false);
    const auto seats = doc.is_object() ? doc.find("seats") : doc.end();
    if (doc.is_discarded() || !doc.is_object() || seats == doc.end() || !seats->is_array()) {
        problem_ = file_->string() + " is not a sessions file; starting afresh";
        return;
    }
    for (const auto& item : *seats) {
        if (!item.is_object()) {
            continue;
        }
        StoredSeat seat;
        seat.server = text_field(item, "server");
        seat.code = text_field(item, "code");
        seat.token = token_from_hex(text_field(item, "token"));
        seat.secret = text_field(item, "secret");
        seat.name = text_field(item, "name");
        seat.server_pid = number_field<int>(item, "server_pid");
        seat.server_port = number_field<std::uint16_t>(item, "server_port");
        seat.database = text_field(item, "database");
        seat.saved_at = number_field<std::int64_t>(item, "saved_at");
        if (!seat.server.empty() && !seat.code.empty()) {
            entries_.push_back(std::move(seat));
        }
    }
    std::stable_sort(
        entries_.begin(), entries_.end(),
        [](const StoredSeat& a, const StoredSeat& b) { return a.saved_at < b.saved_at; });
}

void TokenStore::save() {
    if (!file_) {
        return;
    }
    nlohmann::json seats = nlohmann::json::array();
    for (const StoredSeat& s : entries_) {
        seats.push_back({
            {"server", s.server},
            {"code", s.code},
            {"token", s.token ? token_to_hex(*s.token) : std::string()},
            {"secret", s.secret},
            {"name", s.name},
            {"server_pid", s.server_pid},
            {"server_port", s.server_port},
            {"database", s.database},
            {"saved_at", s.saved_at},
        });
    }
    const nlohmann::json doc{{"version", kFileVersion}, {"seats", seats}};
    std::error_code ec;
    std::filesystem::create_directories(file_->parent_path(), ec);
    auto temporary = *file_;
    temporary += ".tmp";
    {
        std::ofstream out(temporary, std::ios::trunc);
        out << doc.dump(2) << '\n';
        if (!out.flush()) {
            problem_ = "cannot write " + temporary.string();
            return;
        }
    }
    std::filesystem::permissions(
        temporary, std::filesystem::perms::owner_read | std::filesystem::perms::owner_write, ec);
    std::filesystem::rename(temporary, *file_, ec);
    problem_ = ec ? "cannot replace " + file_->string() + ": " + ec.message() : std::string();
}

} // namespace hr::client
