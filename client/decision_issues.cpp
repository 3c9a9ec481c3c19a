#include "decision_issues.hpp"

#include "figures.hpp"

#include <array>
#include <cctype>
#include <charconv>

namespace hr::client {

namespace {

// The start of each message the core (validate) and the server (the joint-action board) write,
// and the key of its translation. Messages quoting a number pass it as {value}.
struct KnownMessage {
    std::string_view prefix;
    std::string_view key;
};

constexpr std::array<KnownMessage, 32> kKnown{{
    {"the wage change must be between", "issue.wage_range"},
    {"an investment cannot be negative", "issue.negative_investment"},
    {"training cannot be negative", "issue.negative_training"},
    {"the markup must be between", "issue.markup_range"},
    {"a price cannot be negative", "issue.negative_price"},
    {"no such offer on the table", "issue.no_offer"},
    {"this offer was made to another firm", "issue.other_firm_offer"},
    {"this offer is for another round", "issue.offer_round"},
    {"this offer is accepted twice", "issue.offer_twice"},
    {"an acquired firm sells only to its owner", "issue.acquired_sales"},
    {"an exclusive contract allows no other contract", "issue.exclusive"},
    {"this scenario has no such joint action", "issue.no_action_type"},
    {"a share cannot be negative", "issue.negative_share"},
    {"an acquired firm leaves marketing to its owner", "issue.acquired_marketing"},
    {"no such joint action", "issue.no_action"},
    {"this joint action is joined twice", "issue.joined_twice"},
    {"the firm is not a member of this joint action", "issue.not_member"},
    {"an acquired firm's design and marketing belong to its owner", "issue.acquired_design"},
    {"an acquired firm has no brand of its own", "issue.acquired_brand"},
    {"an own brand needs functional capability above", "issue.brand_functional"},
    {"a contract's clause forbids own-brand sales", "issue.brand_clause"},
    {"the adjacent sector needs intersectoral capability above", "issue.adjacent_intersectoral"},
    {"spending is beyond cash plus the credit line", "issue.beyond_credit"},
    {"this decision is for another firm", "issue.wrong_firm"},
    {"no such firm", "issue.no_firm"},
    {"decisions are for round", "issue.wrong_round"},
    {"the game is over", "issue.game_over"},
    {"a bankrupt firm makes no decisions", "issue.bankrupt"},
    {"a bankrupt firm takes no part in joint actions", "issue.bankrupt"},
    {"too many proposals by this firm this round", "issue.too_many_proposals"},
    {"the board is full", "issue.board_full"},
    {"the firm is already a member", "issue.already_member"},
}};

bool starts_with(std::string_view text, std::string_view prefix) {
    return text.substr(0, prefix.size()) == prefix;
}

// The last number in the text ("0.30" in "... above 0.30"), without its sign, written the way
// the current language writes numbers.
std::string last_number(std::string_view text, Language lang) {
    std::size_t end = text.size();
    while (end > 0 && !std::isdigit(static_cast<unsigned char>(text[end - 1]))) {
        --end;
    }
    std::size_t begin = end;
    while (begin > 0 &&
           (std::isdigit(static_cast<unsigned char>(text[begin - 1])) || text[begin - 1] == '.')) {
        --begin;
    }
    const std::string_view number = text.substr(begin, end - begin);
    double value = 0;
    const auto [stop, ec] = std::from_chars(number.data(), number.data() + number.size(), value);
    if (ec != std::errc{} || number.empty()) {
        return std::string(number);
    }
    const auto point = number.find('.');
    const int decimals =
        point == std::string_view::npos ? 0 : static_cast<int>(number.size() - point - 1);
    return fixed(value, decimals, lang);
}

std::string_view error_key(proto::ErrorCode code) {
    using proto::ErrorCode;
    switch (code) {
    case ErrorCode::WrongRound:
        return "issue.error.wrong_round";
    case ErrorCode::NotPermitted:
        return "issue.error.not_permitted";
    case ErrorCode::Replay:
        return "issue.error.replay";
    case ErrorCode::InvalidDecision:
        return "issue.error.invalid_decision";
    case ErrorCode::RateLimited:
        return "issue.error.rate_limited";
    case ErrorCode::WrongState:
        return "issue.error.wrong_state";
    case ErrorCode::UnknownJointAction:
        return "issue.error.unknown_joint_action";
    case ErrorCode::InvalidText:
        return "issue.error.invalid_text";
    default:
        return "issue.error.other";
    }
}

} // namespace

std::string issue_text(const Translations& tr, const ValidationIssue& issue) {
    for (const KnownMessage& known : kKnown) {
        if (starts_with(issue.message, known.prefix)) {
            return tr.format(known.key, {{"value", last_number(issue.message, tr.language())}});
        }
    }
    return tr.format("issue.other", {{"text", issue.message}});
}

std::string error_text(const Translations& tr, const proto::Error& error) {
    if (error.code == proto::ErrorCode::InvalidDecision && error.issues.size() == 1) {
        return issue_text(tr, error.issues.front());
    }
    return tr.format(error_key(error.code), {{"text", error.text}});
}

std::vector<const ValidationIssue*> issues_for(const std::vector<ValidationIssue>& issues,
                                               std::string_view field) {
    std::vector<const ValidationIssue*> out;
    for (const ValidationIssue& issue : issues) {
        const std::string_view f = issue.field;
        if (f == field || (starts_with(f, field) && f.size() > field.size() &&
                           (f[field.size()] == '.' || f[field.size()] == '['))) {
            out.push_back(&issue);
        }
    }
    return out;
}

std::optional<std::size_t> field_index(std::string_view field, std::string_view list) {
    if (!starts_with(field, list) || field.size() < list.size() + 3 || field[list.size()] != '[' ||
        field.back() != ']') {
        return std::nullopt;
    }
    const std::string_view digits = field.substr(list.size() + 1, field.size() - list.size() - 2);
    std::size_t index = 0;
    const auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), index);
    if (ec != std::errc{} || end != digits.data() + digits.size()) {
        return std::nullopt;
    }
    return index;
}

} // namespace hr::client
