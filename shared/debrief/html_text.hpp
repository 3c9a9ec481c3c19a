#pragma once
// Text made safe for HTML and SVG: the five characters with a meaning in markup become
// entities, so that a firm or player name can never open a tag or end an attribute.
#include <string>
#include <string_view>

namespace hr::debrief {

std::string escape_html(std::string_view text);

// A number for an SVG coordinate: C locale, at most two decimals, no exponent.
std::string svg_number(double value);

} // namespace hr::debrief
