#pragma once
// The scenarios a facilitator can choose from: every <id>.json of a folder, parsed once at start.
#include "core/scenario.hpp"

#include <map>
#include <memory>
#include <string>
#include <vector>

namespace hr::server {

class ScenarioLibrary {
  public:
    // Loads every scenario file of `folder`; a file that does not parse is logged and skipped.
    static ScenarioLibrary load(const std::string& folder);

    void add(std::string id, Scenario scenario);
    std::shared_ptr<const Scenario> find(const std::string& id) const;
    std::vector<std::string> ids() const;

  private:
    std::map<std::string, std::shared_ptr<const Scenario>> scenarios_;
};

} // namespace hr::server
