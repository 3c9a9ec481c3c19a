#pragma once
// The rules' verdicts in the player's language. The core and the server explain a refusal in
// plain English (ValidationIssue::message, Error::text); the client shows the translation of each
// known message, with the number it quotes, and the English text only for a message it does not
// know (a newer server).
#include "core/rules.hpp"
#include "protocol/messages.hpp"
#include "translations.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace hr::client {

// One issue's message in the current language.
std::string issue_text(const Translations& tr, const ValidationIssue& issue);

// What went wrong with a request, for the player: the error code's meaning, or the translated
// issue when the error carries one.
std::string error_text(const Translations& tr, const proto::Error& error);

// The issues that concern `field`: exactly it, or under it ("invest" covers "invest.process").
std::vector<const ValidationIssue*> issues_for(const std::vector<ValidationIssue>& issues,
                                               std::string_view field);

// The index in "accept[3]" (or "join[0]", ...) when `field` is `list[i]`.
std::optional<std::size_t> field_index(std::string_view field, std::string_view list);

} // namespace hr::client
