#include "run_summary.hpp"

#include "metrics.hpp"

namespace hr::sim {

nlohmann::json to_json(const Accumulator& a) {
    return {{"mean", a.mean()},
            {"ci95_low", a.low()},
            {"ci95_high", a.high()},
            {"sd", a.sd()},
            {"n", a.count()}};
}

RunSummary::RunSummary(RunInfo info) : info_(std::move(info)) {
    for (auto& accs : by_archetype_) {
        accs.resize(firm_metrics().size());
    }
    cluster_.resize(cluster_metrics().size());
}

void RunSummary::add(const GameOutcome& game) {
    ++games_;
    invalid_ += game.invalid_decisions;
    const auto& fm = firm_metrics();
    for (const auto& f : game.firms) {
        const auto a = static_cast<std::size_t>(f.archetype);
        ++firm_games_[a];
        for (std::size_t m = 0; m < fm.size(); ++m) {
            by_archetype_[a][m].add(fm[m].value(f));
        }
    }
    const auto& cm = cluster_metrics();
    for (std::size_t m = 0; m < cm.size(); ++m) {
        cluster_[m].add(cm[m].value(game));
    }
}

nlohmann::json RunSummary::to_json() const {
    nlohmann::json out;
    out["tool"] = "highroad-sim run";
    out["scenario"] = info_.scenario;
    out["firms"] = info_.mix;
    out["rounds"] = info_.rounds;
    out["games"] = info_.games;
    out["seed"] = info_.seed;
    out["invalid_bot_decisions"] = invalid_;
    out["interval"] = "95 % interval of the mean, normal approximation; archetypes over "
                      "firm-games, cluster over games";
    nlohmann::json archetypes = nlohmann::json::object();
    const auto& fm = firm_metrics();
    for (Archetype a : kAllArchetypes) {
        const auto i = static_cast<std::size_t>(a);
        if (firm_games_[i] == 0) {
            continue;
        }
        nlohmann::json metrics = nlohmann::json::object();
        for (std::size_t m = 0; m < fm.size(); ++m) {
            metrics[std::string(fm[m].name)] = sim::to_json(by_archetype_[i][m]);
        }
        archetypes[std::string(to_string(a))] = {{"firm_games", firm_games_[i]},
                                                 {"description", info(a).description_en},
                                                 {"metrics", metrics}};
    }
    out["archetypes"] = archetypes;
    nlohmann::json cluster = nlohmann::json::object();
    const auto& cm = cluster_metrics();
    for (std::size_t m = 0; m < cm.size(); ++m) {
        cluster[std::string(cm[m].name)] = sim::to_json(cluster_[m]);
    }
    out["cluster"] = {{"games", games_}, {"metrics", cluster}};
    return out;
}

} // namespace hr::sim
