#include "results_upgrading.hpp"

#include "concept_names.hpp"
#include "figures.hpp"

#include <algorithm>
#include <array>
#include <cmath>

namespace hr::client {

namespace {

struct Part {
    const char* key;          // its name under results.part.*
    const char* glossary_key; // the concept it stands for, or nullptr
    theme::Rgb colour;
};

constexpr std::size_t kParts = 9;
constexpr std::array<Part, kParts> kPartInfo{{
    {"results.part.investment", "glossary.upgrading", theme::kAccentActive},
    {"results.part.external", "glossary.external_economies", theme::Rgb{0x6F, 0xB7, 0xE8}},
    {"results.part.joint", "glossary.joint_action", theme::kHighlight},
    {"results.part.buyer_help", "glossary.governance_quasi_hierarchy",
     theme::Rgb{0x9B, 0xD7, 0x8A}},
    {"results.part.service_centre", "glossary.service_centre", theme::Rgb{0xC9, 0xA8, 0xF0}},
    {"results.part.learning", "glossary.learning_network", theme::Rgb{0xE8, 0xE2, 0xB0}},
    {"results.part.frontier", "glossary.world_frontier", theme::kRoads.low_road},
    {"results.part.clause", "glossary.functional_downgrading", theme::kRoads.downgrading},
    {"results.part.limits", nullptr, theme::kTextMuted},
}};

constexpr std::array<const char*, kUpgradeTypes> kNames{
    "decide.process", "decide.product", "decide.functional", "decide.intersectoral"};

// The parts of one capability's change, signed: gains positive, losses negative. The last part
// is what clamping to 0 … 1 and the minimum multiplier took or gave.
std::array<double, kParts> parts_of(const UpgradeBreakdown& b) {
    std::array<double, kParts> p{b.from_investment, b.external_economies, b.joint_actions,
                                 b.buyer_help,      b.service_centre,     b.learning_network,
                                 -b.frontier_loss,  -b.clause_loss,       0.0};
    double sum = 0;
    for (std::size_t i = 0; i + 1 < kParts; ++i) {
        sum += p[i];
    }
    const double rest = (b.after - b.before) - sum;
    p[kParts - 1] = std::abs(rest) > 5e-4 ? rest : 0.0;
    return p;
}

void breakdown_tooltip(const RoundFrame& f, const UpgradeBreakdown& b) {
    const auto parts = parts_of(b);
    ImGui::BeginTooltip();
    for (std::size_t i = 0; i < kParts; ++i) {
        if (std::abs(parts[i]) < 5e-5) {
            continue;
        }
        ui::coloured(kPartInfo[i].colour, "\u2022");
        ImGui::SameLine();
        ImGui::TextUnformatted(f.tr(kPartInfo[i].key));
        ImGui::SameLine(ImGui::GetFontSize() * 16.0f);
        ImGui::TextUnformatted(signed_fixed(parts[i], 3, f.lang()).c_str());
    }
    ImGui::Separator();
    ImGui::TextUnformatted(
        f.tr.format("results.capability_change", {{"before", fixed(b.before, 3, f.lang())},
                                                  {"after", fixed(b.after, 3, f.lang())}})
            .c_str());
    ImGui::EndTooltip();
}

void diverging_bar(const RoundFrame& f, const UpgradeBreakdown& b, float zero, float unit,
                   float width) {
    const auto parts = parts_of(b);
    const float height = f.px(16);
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddRectFilled(pos, ImVec2(pos.x + width, pos.y + height), theme::to_imu32(theme::kField),
                        f.px(3));
    float right = pos.x + zero;
    float left = pos.x + zero;
    for (std::size_t i = 0; i < kParts; ++i) {
        const float length = static_cast<float>(std::abs(parts[i])) * unit;
        if (length < 0.5f) {
            continue;
        }
        const ImU32 colour = theme::to_imu32(kPartInfo[i].colour);
        if (parts[i] > 0) {
            draw->AddRectFilled(ImVec2(right, pos.y), ImVec2(right + length, pos.y + height),
                                colour);
            right += length;
        } else {
            draw->AddRectFilled(ImVec2(left - length, pos.y), ImVec2(left, pos.y + height), colour);
            left -= length;
        }
    }
    // The net change: a tick where gains minus losses end.
    const float net = pos.x + zero + static_cast<float>(b.after - b.before) * unit;
    draw->AddLine(ImVec2(pos.x + zero, pos.y - f.px(3)),
                  ImVec2(pos.x + zero, pos.y + height + f.px(3)), theme::to_imu32(theme::kText),
                  f.px(1.5f));
    draw->AddTriangleFilled(ImVec2(net - f.px(5), pos.y + height + f.px(7)),
                            ImVec2(net + f.px(5), pos.y + height + f.px(7)),
                            ImVec2(net, pos.y + height + f.px(1)), theme::to_imu32(theme::kText));
    ImGui::Dummy(ImVec2(width, height + f.px(8)));
    if (ImGui::IsItemHovered()) {
        breakdown_tooltip(f, b);
    }
}

void legend(const RoundFrame& f, const std::array<bool, kParts>& used) {
    const float right = ImGui::GetWindowContentRegionMax().x;
    bool first = true;
    for (std::size_t i = 0; i < kParts; ++i) {
        if (!used[i]) {
            continue;
        }
        const std::string label = f.tr.text(kPartInfo[i].key);
        const float width = ImGui::GetFontSize() + ImGui::CalcTextSize(label.c_str()).x;
        if (!first) {
            ImGui::SameLine();
            if (ImGui::GetCursorPosX() + width > right) {
                ImGui::NewLine();
            }
        }
        first = false;
        ImGui::BeginGroup();
        const ImVec2 pos = ImGui::GetCursorScreenPos();
        const float box = ImGui::GetFontSize() * 0.6f;
        const float y = pos.y + (ImGui::GetTextLineHeight() - box) * 0.5f;
        ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(pos.x, y), ImVec2(pos.x + box, y + box),
                                                  theme::to_imu32(kPartInfo[i].colour), 2.0f);
        ImGui::Dummy(ImVec2(box, box));
        ImGui::SameLine(0, ImGui::GetFontSize() * 0.3f);
        if (kPartInfo[i].glossary_key != nullptr) {
            ui::concept_label(f.tr, label, kPartInfo[i].glossary_key);
        } else {
            ui::muted(label);
        }
        ImGui::EndGroup();
    }
}

} // namespace

void draw_upgrade_breakdown(const RoundFrame& f, const FirmResult& result) {
    const Translations& tr = f.tr;
    // One scale for all four bars, so that they compare.
    double gains = 1e-3;
    double losses = 1e-3;
    std::array<bool, kParts> used{};
    for (const UpgradeBreakdown& b : result.upgrading) {
        const auto parts = parts_of(b);
        double up = 0;
        double down = 0;
        for (std::size_t i = 0; i < kParts; ++i) {
            (parts[i] > 0 ? up : down) += std::abs(parts[i]);
            used[i] = used[i] || std::abs(parts[i]) >= 5e-5;
        }
        gains = std::max(gains, up);
        losses = std::max(losses, down);
    }
    const float width = ImGui::GetContentRegionAvail().x;
    const float zero = width * static_cast<float>(losses / (gains + losses));
    const float unit = static_cast<float>(static_cast<double>(width) / (gains + losses));

    for (const UpgradeType k : kAllUpgradeTypes) {
        const auto i = static_cast<std::size_t>(k);
        const UpgradeBreakdown& b = result.upgrading[i];
        const double change = b.after - b.before;
        ui::concept_label(tr, tr.text(kNames[i]), glossary_key(k));
        ui::right_aligned(fixed(b.before, 2, f.lang()) + " \u2192 " + fixed(b.after, 2, f.lang()) +
                              "   " + signed_fixed(change, 3, f.lang()),
                          change > 5e-4    ? theme::kRoads.high_road
                          : change < -5e-4 ? theme::kRoads.low_road
                                           : theme::kTextMuted);
        diverging_bar(f, b, zero, unit, width);
    }
    legend(f, used);
}

} // namespace hr::client
