#pragma once
// A highroad-server command line given as its words, parsed as main() parses argv.
#include "settings.hpp"

#include <string>
#include <vector>

namespace hr::test {

inline server::SettingsParse parse(std::vector<std::string> args) {
    args.insert(args.begin(), "highroad-server");
    std::vector<const char*> argv;
    for (const auto& a : args) {
        argv.push_back(a.c_str());
    }
    return server::parse_settings(static_cast<int>(argv.size()), argv.data());
}

} // namespace hr::test
