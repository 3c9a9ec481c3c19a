#include "cluster_map.hpp"

#include "canvas.hpp"
#include "concept_names.hpp"
#include "concept_term.hpp"
#include "figures.hpp"
#include "theme.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <imgui.h>

namespace hr::client {

namespace {

constexpr float kPi = 3.14159265f;
constexpr float kMinNode = 11.0f;
constexpr float kMaxNode = 24.0f;

// Type and column sizes for the room the map has, in design pixels: full size from 900 wide,
// the most compact at 560 and below.
struct MapSizes {
    float label;   // firm names and buyer cards
    float hub;     // joint-action pills
    float legend;  // the legend along the bottom
    float buyer_w; // the buyers' column
    float joint_w; // the joint actions' column
    float label_w; // a firm name's width beside the ring
};

MapSizes sizes_for(float design_width) {
    const float t = std::clamp((design_width - 560.0f) / 340.0f, 0.0f, 1.0f);
    auto between = [t](float compact, float full) { return compact + (full - compact) * t; };
    return {between(11, 12.5f), between(10.5f, 11.5f), between(11, 12),
            between(112, 150),  between(124, 168),     between(78, 104)};
}

// A colour per joint-action type for its links and hub; the hub's label names the type, so the
// colour is a second cue, never the only one.
sf::Color joint_action_colour(JointActionType type) {
    static constexpr std::array<theme::Rgb, kJointActionTypes> colours{{
        {0x4F, 0xB3, 0xA9}, // joint purchasing: teal
        {0xE8, 0xA0, 0xBF}, // collective label: pink
        {0x8C, 0xC0, 0x6E}, // trade fair: green
        {0x7A, 0xA5, 0xE0}, // market research: blue
        {0xD9, 0xA8, 0x6C}, // shared consultants: tan
        {0xB0, 0xA4, 0xF0}, // standards: lavender
        {0x5F, 0xC8, 0xDC}, // learning network: cyan
        {0xC9, 0xDD, 0x7A}, // service centre: lime
    }};
    return theme::to_sf(colours[static_cast<std::size_t>(type)]);
}

constexpr std::array<Governance, kGovernanceTypes> kGovernances{
    Governance::Market, Governance::Network, Governance::QuasiHierarchy, Governance::Hierarchy};

std::string hub_key(JointActionType type) {
    std::string key(glossary_key(type));
    return "map.hub." + key.substr(key.find('.') + 1);
}

struct FirmPlace {
    sf::Vector2f centre;
    float radius = 0;
    float angle = 0;      // on the ring, radians clockwise from the right
    sf::Vector2f outward; // unit vector from the ring's centre
};

// A joint action: its labelled pill in the middle of the ring, and its track, a ring-shaped lane
// at its own distance from the centre that runs past every member.
struct HubPlace {
    const MapJointAction* action = nullptr;
    sf::FloatRect box;
    std::string label;
    float lane = 0; // the track's size, as a share of the ring's
};

struct BuyerPlace {
    Governance governance = Governance::Market;
    sf::FloatRect box;
    int contracts = 0;
};

// A small robot face: the mark of a firm the computer plays.
void bot_badge(Canvas& c, sf::Vector2f centre, float size) {
    const sf::Color body = theme::to_sf(theme::kText);
    const sf::Color face = theme::to_sf(theme::kBackground);
    sf::FloatRect head(centre.x - size / 2, centre.y - size * 0.38f, size, size * 0.76f);
    c.rounded_rect({head.left - size * 0.12f, head.top - size * 0.12f, head.width + size * 0.24f,
                    head.height + size * 0.24f},
                   size * 0.3f, face);
    c.rounded_rect(head, size * 0.2f, body);
    c.line({centre.x, head.top}, {centre.x, head.top - size * 0.22f}, size * 0.12f, body);
    c.disc({centre.x, head.top - size * 0.26f}, size * 0.1f, body);
    c.disc({centre.x - size * 0.2f, centre.y}, size * 0.11f, face);
    c.disc({centre.x + size * 0.2f, centre.y}, size * 0.11f, face);
}

void bankrupt_cross(Canvas& c, sf::Vector2f centre, float radius) {
    const sf::Color ink = theme::to_sf(theme::kTextMuted);
    float d = radius * 0.5f;
    c.line({centre.x - d, centre.y - d}, {centre.x + d, centre.y + d}, c.px(2), ink);
    c.line({centre.x - d, centre.y + d}, {centre.x + d, centre.y - d}, c.px(2), ink);
}

void star(Canvas& c, sf::Vector2f centre, float radius, sf::Color colour) {
    std::vector<sf::Vector2f> points{centre};
    for (int i = 0; i <= 10; ++i) {
        float a = -kPi / 2 + i * kPi / 5;
        float r = i % 2 == 0 ? radius : radius * 0.45f;
        points.push_back(centre + sf::Vector2f(std::cos(a), std::sin(a)) * r);
    }
    c.convex(points, colour);
}

sf::Color firm_fill(const MapFirm& f) {
    return f.bankrupt ? theme::to_sf({0x3A, 0x42, 0x52}) : theme::to_sf(theme::road_colour(f.road));
}

std::vector<sf::Vector2f> bezier(sf::Vector2f p0, sf::Vector2f p1, sf::Vector2f p2, sf::Vector2f p3,
                                 int steps) {
    std::vector<sf::Vector2f> out;
    for (int i = 0; i <= steps; ++i) {
        float t = static_cast<float>(i) / steps;
        float u = 1 - t;
        out.push_back(p0 * (u * u * u) + p1 * (3 * u * u * t) + p2 * (3 * u * t * t) +
                      p3 * (t * t * t));
    }
    return out;
}

bool contains(const std::vector<FirmId>& ids, FirmId id) {
    return std::find(ids.begin(), ids.end(), id) != ids.end();
}

// Which links the hovered thing concerns: those stay bright, the rest fade.
struct Focus {
    std::optional<ClusterMapHit> hit;
    bool any() const { return hit.has_value(); }
    bool firm_link(FirmId firm) const {
        return hit && hit->kind == ClusterMapHit::Kind::Firm && hit->firm == firm;
    }
    bool action(const MapJointAction& a, FirmId member) const {
        if (!hit) {
            return true;
        }
        return firm_link(member) ||
               (hit->kind == ClusterMapHit::Kind::JointAction && hit->joint_action == a.id);
    }
    bool contract(const MapContract& k) const {
        if (!hit) {
            return true;
        }
        return firm_link(k.firm) ||
               (hit->kind == ClusterMapHit::Kind::Buyer && hit->governance == k.governance);
    }
};

} // namespace

ClusterMapData cluster_map_data(const proto::RoomSnapshot& snapshot, std::optional<FirmId> own_firm,
                                const proto::FirmPrivate* own, const Scenario* scenario) {
    ClusterMapData data;
    for (const auto& f : snapshot.firms) {
        MapFirm m;
        m.id = f.firm;
        m.name = f.name;
        m.road = f.road;
        m.employment = f.employment;
        m.own = own_firm && *own_firm == f.firm;
        m.bankrupt = f.bankrupt;
        m.acquired = f.acquired;
        m.bot = f.seat == proto::SeatKind::Bot || f.source == proto::DecisionSource::Bot ||
                f.source == proto::DecisionSource::ProxyBot;
        m.lead_firm = f.lead_firm;
        data.firms.push_back(std::move(m));
    }
    for (const auto& a : snapshot.joint_actions) {
        MapJointAction m;
        m.id = a.id;
        m.type = a.type;
        m.members = a.members;
        m.min_members = a.min_members;
        m.active = a.active;
        m.vetoed = a.vetoed;
        data.joint_actions.push_back(std::move(m));
    }
    // The usual order size of each governance's buyers, for contracts whose terms are private.
    std::array<double, kGovernanceTypes> usual{};
    if (scenario != nullptr) {
        std::array<int, kGovernanceTypes> n{};
        for (const auto& b : scenario->buyers) {
            usual[static_cast<std::size_t>(b.governance)] += b.volume;
            ++n[static_cast<std::size_t>(b.governance)];
        }
        for (std::size_t g = 0; g < kGovernanceTypes; ++g) {
            usual[g] = n[g] > 0 ? usual[g] / n[g] : 0.0;
        }
    }
    for (const auto& f : snapshot.firms) {
        const bool mine = own != nullptr && own->firm == f.firm;
        for (Governance g : kGovernances) {
            const auto gi = static_cast<std::size_t>(g);
            MapContract k;
            k.firm = f.firm;
            k.governance = g;
            if (mine) {
                for (const auto& c : own->contracts) {
                    if (c.terms.governance == g) {
                        ++k.count;
                        k.volume += c.terms.volume;
                    }
                }
            } else {
                k.count = f.contracts[gi];
                k.volume = k.count * (usual[gi] > 0 ? usual[gi] : 1.0);
                k.estimated = true;
            }
            if (k.count > 0) {
                data.contracts.push_back(k);
            }
        }
    }
    if (snapshot.cluster) {
        data.cluster_road = snapshot.cluster->road;
    }
    return data;
}

void ClusterMap::draw(sf::RenderTarget& target, const ClusterMapData& data, sf::FloatRect area,
                      float scale, const Translations& tr,
                      const std::optional<ClusterMapHit>& hovered) {
    nodes_.clear();
    Canvas c(target, scale);
    const MapSizes z = sizes_for(area.width / std::max(scale, 0.01f));
    const float label_size = z.label;
    const float hub_size = z.hub;
    const float legend_size = z.legend;
    const float pad = c.px(12);
    const bool has_own =
        std::any_of(data.firms.begin(), data.firms.end(), [](const MapFirm& f) { return f.own; });

    // The legend first, to know how much height it takes.
    std::vector<LegendItem> legend;
    for (Road road : {Road::HighRoad, Road::Stagnation, Road::LowRoad, Road::Downgrading}) {
        legend.push_back({[road](Canvas& cv, sf::FloatRect r) {
                              cv.disc({r.left + r.width / 2, r.top + r.height / 2}, r.height / 2,
                                      theme::to_sf(theme::road_colour(road)));
                          },
                          concept_name(tr, road)});
    }
    if (has_own) {
        legend.push_back({[](Canvas& cv, sf::FloatRect r) {
                              cv.ring({r.left + r.width / 2, r.top + r.height / 2},
                                      r.height / 2 - cv.px(1), cv.px(2.5f),
                                      theme::to_sf(theme::kHighlight));
                          },
                          tr.text("map.legend.own")});
    }
    legend.push_back({[](Canvas& cv, sf::FloatRect r) {
                          bot_badge(cv, {r.left + r.width / 2, r.top + r.height / 2}, r.height);
                      },
                      tr.text("map.legend.bot")});
    legend.push_back({[](Canvas& cv, sf::FloatRect r) {
                          sf::Vector2f centre(r.left + r.width / 2, r.top + r.height / 2);
                          cv.disc(centre, r.height / 2, theme::to_sf({0x3A, 0x42, 0x52}));
                          bankrupt_cross(cv, centre, r.height / 2);
                      },
                      tr.text("map.legend.bankrupt")});
    legend.push_back({[](Canvas& cv, sf::FloatRect r) {
                          cv.line({r.left, r.top + r.height / 2},
                                  {r.left + r.width, r.top + r.height / 2}, cv.px(2.5f),
                                  theme::to_sf(theme::kAccentActive));
                      },
                      tr.text("map.legend.joint_action")});
    legend.push_back({[](Canvas& cv, sf::FloatRect r) {
                          cv.dashed_line({r.left, r.top + r.height / 2},
                                         {r.left + r.width, r.top + r.height / 2}, cv.px(2),
                                         cv.px(4), cv.px(3), theme::to_sf(theme::kTextMuted));
                      },
                      tr.text("map.legend.proposed")});
    legend.push_back({[](Canvas& cv, sf::FloatRect r) {
                          const sf::Color ink = theme::to_sf(theme::kTextMuted, 200);
                          float mid = r.top + r.height / 2;
                          cv.quad({r.left, mid - cv.px(1)}, {r.left + r.width, mid - r.height / 2},
                                  {r.left + r.width, mid + r.height / 2}, {r.left, mid + cv.px(1)},
                                  ink, ink, ink, ink);
                      },
                      tr.text("map.legend.contract")});
    const float legend_width = area.width - 2 * pad;
    const float legend_height = draw_legend(c, legend, {0, 0}, legend_width, legend_size, false).y;
    const sf::Vector2f legend_at(area.left + pad, area.top + area.height - pad - legend_height);

    // The joint actions to show, running ones first: a proposal nobody joined links no firms.
    std::vector<HubPlace> hubs;
    for (bool active : {true, false}) {
        for (const auto& a : data.joint_actions) {
            if (a.active == active && (a.active || !a.members.empty())) {
                hubs.push_back({&a, {}, tr.text(hub_key(a.type)), 0});
            }
        }
    }

    // Joint actions on the left, buyers on the right, the ring of firms between them.
    const float side_w = c.px(z.buyer_w);
    const float joint_column_w = c.px(z.joint_w);
    const float column_title = c.px(22);
    const float joint_w = hubs.empty() ? 0.0f : joint_column_w + c.px(20);
    const float body_h = area.height - 2 * pad - legend_height - c.px(14);
    const sf::FloatRect ring_area(area.left + pad + joint_w, area.top + pad,
                                  area.width - 2 * pad - joint_w - side_w - c.px(20), body_h);
    const sf::FloatRect joint_area(area.left + pad, area.top + pad + column_title, joint_column_w,
                                   body_h - column_title);
    const sf::FloatRect buyer_area(area.left + area.width - pad - side_w,
                                   area.top + pad + column_title, side_w, body_h - column_title);

    double max_employment = 1;
    for (const auto& f : data.firms) {
        max_employment = std::max(max_employment, f.employment);
    }
    const float label_w = c.px(z.label_w);
    const float label_h = c.px(2 * (label_size + 4) + 14);
    const float node_max = c.px(kMaxNode);
    const sf::Vector2f centre(ring_area.left + ring_area.width / 2,
                              ring_area.top + ring_area.height / 2);
    auto spacing_of = [&](float x, float y) {
        return 2 * kPi * std::sqrt((x * x + y * y) / 2) /
               static_cast<float>(std::max<std::size_t>(1, data.firms.size()));
    };
    float rx = std::max(c.px(40), ring_area.width / 2 - label_w - node_max - c.px(6));
    float ry = std::max(c.px(40), ring_area.height / 2 - label_h - node_max);
    // On a small ring only the player's (and the hovered) firm keeps its name beside it, the
    // others' are in the tooltips; the ring takes the room the names had at its sides.
    const bool all_names = spacing_of(rx, ry) >= c.px(64);
    if (!all_names) {
        rx = std::max(c.px(40), ring_area.width / 2 - node_max - c.px(6));
    }
    // Nodes shrink to keep apart.
    const float node_top = std::min(c.px(kMaxNode), spacing_of(rx, ry) * 0.36f);
    const float node_low = std::min(c.px(kMinNode), node_top * 0.6f);
    std::vector<FirmPlace> places(data.firms.size());
    const auto n = static_cast<float>(std::max<std::size_t>(1, data.firms.size()));
    for (std::size_t i = 0; i < data.firms.size(); ++i) {
        float angle = -kPi / 2 + 2 * kPi * static_cast<float>(i) / n;
        sf::Vector2f dir(std::cos(angle), std::sin(angle));
        places[i].angle = angle;
        places[i].outward = dir;
        places[i].centre = centre + sf::Vector2f(dir.x * rx, dir.y * ry);
        float t =
            static_cast<float>(std::sqrt(std::max(0.0, data.firms[i].employment) / max_employment));
        places[i].radius = node_low + (node_top - node_low) * t;
    }
    auto place_of = [&](FirmId id) -> const FirmPlace* {
        for (std::size_t i = 0; i < data.firms.size(); ++i) {
            if (data.firms[i].id == id) {
                return &places[i];
            }
        }
        return nullptr;
    };

    // The ring itself, in the colour of the cluster's road.
    {
        std::vector<sf::Vector2f> ellipse;
        for (int i = 0; i <= 96; ++i) {
            float a = 2 * kPi * i / 96;
            ellipse.push_back(centre + sf::Vector2f(std::cos(a) * rx, std::sin(a) * ry));
        }
        sf::Color ring = data.cluster_road ? theme::to_sf(theme::road_colour(*data.cluster_road))
                                           : theme::to_sf(theme::kBorder);
        c.polyline(ellipse, c.px(6), with_alpha(ring, 28));
        c.polyline(ellipse, c.px(1.5f), with_alpha(ring, 110));
    }

    // Joint actions: a column of labelled pills, and one track each inside the ring, running
    // actions on the outer tracks.
    {
        const float gap = c.px(8);
        const float pill_h =
            hubs.empty()
                ? 0.0f
                : std::min(c.px(28),
                           (joint_area.height + gap) / static_cast<float>(hubs.size()) - gap);
        const float inner = 0.34f;
        const float outer = 0.88f;
        for (std::size_t i = 0; i < hubs.size(); ++i) {
            hubs[i].box = {joint_area.left, joint_area.top + static_cast<float>(i) * (pill_h + gap),
                           joint_area.width, pill_h};
            hubs[i].label =
                c.fit(hubs[i].label, hub_size, FontFace::Bold, joint_area.width - c.px(30));
            hubs[i].lane = hubs.size() == 1 ? (inner + outer) / 2
                                            : outer - (outer - inner) * static_cast<float>(i) /
                                                          static_cast<float>(hubs.size() - 1);
        }
    }

    // Buyers: one card per governance type, spread down the right edge.
    std::vector<BuyerPlace> buyers;
    {
        const float card_h = std::min(c.px(66), (buyer_area.height - c.px(18)) / 4);
        const float step = (buyer_area.height - card_h) / static_cast<float>(kGovernanceTypes - 1);
        for (std::size_t g = 0; g < kGovernanceTypes; ++g) {
            BuyerPlace b;
            b.governance = kGovernances[g];
            b.box = {buyer_area.left, buyer_area.top + step * static_cast<float>(g),
                     buyer_area.width, card_h};
            for (const auto& k : data.contracts) {
                b.contracts += k.governance == b.governance ? k.count : 0;
            }
            buyers.push_back(b);
        }
    }

    Focus focus{hovered};

    // Contract links under everything, thickness by volume.
    double max_volume = 1;
    for (const auto& k : data.contracts) {
        max_volume = std::max(max_volume, k.volume);
    }
    for (const auto& k : data.contracts) {
        const FirmPlace* from = place_of(k.firm);
        if (from == nullptr) {
            continue;
        }
        const BuyerPlace& b = buyers[static_cast<std::size_t>(k.governance)];
        sf::Vector2f to(b.box.left, b.box.top + b.box.height / 2);
        float dx = to.x - from->centre.x;
        auto path = bezier(from->centre, from->centre + sf::Vector2f(dx * 0.45f, 0),
                           to - sf::Vector2f(dx * 0.35f, 0), to, 40);
        float width = c.px(1.5f) + c.px(9) * static_cast<float>(std::sqrt(k.volume / max_volume));
        std::uint8_t alpha = focus.contract(k) ? (focus.any() ? 210 : 120) : 30;
        c.polyline(path, width, theme::to_sf({0xC8, 0xD2, 0xE0}, alpha));
    }

    // Joint-action tracks: an arc past every member, and a short spur to each of them.
    auto on_track = [&](float angle, float lane) {
        return centre + sf::Vector2f(std::cos(angle) * rx * lane, std::sin(angle) * ry * lane);
    };
    for (const auto& h : hubs) {
        const MapJointAction& a = *h.action;
        std::vector<float> angles;
        for (FirmId member : a.members) {
            if (const FirmPlace* p = place_of(member)) {
                angles.push_back(std::fmod(p->angle + 4 * kPi, 2 * kPi));
            }
        }
        if (angles.empty()) {
            continue;
        }
        std::sort(angles.begin(), angles.end());
        // The shortest arc covering all members leaves out the largest gap between two of them.
        std::size_t after_gap = 0;
        float largest = 0;
        for (std::size_t i = 0; i < angles.size(); ++i) {
            float next = i + 1 < angles.size() ? angles[i + 1] : angles[0] + 2 * kPi;
            if (next - angles[i] > largest) {
                largest = next - angles[i];
                after_gap = (i + 1) % angles.size();
            }
        }
        const float from = angles[after_gap];
        const float span = angles.size() > 1 ? 2 * kPi - largest : 0.0f;
        const sf::Color colour = joint_action_colour(a.type);
        const bool lit_all =
            !focus.any() ||
            (hovered->kind == ClusterMapHit::Kind::JointAction && hovered->joint_action == a.id) ||
            (hovered->kind == ClusterMapHit::Kind::Firm && contains(a.members, hovered->firm));
        const std::uint8_t track_alpha = lit_all ? (a.active ? 235 : 150) : 45;
        std::vector<sf::Vector2f> arc;
        const int steps = std::max(2, static_cast<int>(span * 30));
        for (int i = 0; i <= steps; ++i) {
            arc.push_back(on_track(from + span * static_cast<float>(i) / steps, h.lane));
        }
        if (a.active) {
            c.polyline(arc, c.px(3), with_alpha(colour, track_alpha));
        } else {
            c.dashed_polyline(arc, c.px(2), c.px(6), c.px(4), with_alpha(colour, track_alpha));
        }
        for (FirmId member : a.members) {
            const FirmPlace* p = place_of(member);
            if (p == nullptr) {
                continue;
            }
            const std::uint8_t alpha = focus.action(a, member) ? track_alpha : 45;
            const sf::Vector2f junction = on_track(p->angle, h.lane);
            sf::Vector2f towards = junction - p->centre;
            float length = std::sqrt(towards.x * towards.x + towards.y * towards.y);
            sf::Vector2f start = length > 0 ? p->centre + towards / length * p->radius : p->centre;
            if (a.active) {
                c.line(start, junction, c.px(2), with_alpha(colour, alpha));
            } else {
                c.dashed_line(start, junction, c.px(1.5f), c.px(4), c.px(3),
                              with_alpha(colour, alpha));
            }
            c.disc(junction, c.px(a.active ? 3.5f : 2.5f), with_alpha(colour, alpha));
        }
    }

    // Buyer cards.
    for (const auto& b : buyers) {
        bool lit = hovered && hovered->kind == ClusterMapHit::Kind::Buyer &&
                   hovered->governance == b.governance;
        c.rounded_rect(b.box, c.px(8),
                       theme::to_sf(lit ? theme::kFieldHover : theme::kPanelRaised));
        c.rounded_frame(b.box, c.px(8), c.px(1), theme::to_sf(theme::kBorder));
        sf::Color title = theme::to_sf(b.contracts > 0 ? theme::kText : theme::kTextMuted);
        auto name = c.wrap(concept_name(tr, b.governance), label_size, FontFace::Bold,
                           b.box.width - c.px(20), 2);
        float y = b.box.top + c.px(10);
        for (const auto& line : name) {
            c.text(line, {b.box.left + c.px(10), y}, {label_size, title, FontFace::Bold});
            y += c.px(label_size + 4);
        }
        std::string count = b.contracts == 0 ? tr.text("map.buyer.none")
                                             : tr.format("map.buyer.contracts",
                                                         {{"count", std::to_string(b.contracts)}});
        c.text(c.fit(count, 11.5f, FontFace::Regular, b.box.width - c.px(20)),
               {b.box.left + c.px(10), b.box.top + b.box.height - c.px(10)},
               {11.5f, theme::to_sf(theme::kTextMuted), FontFace::Regular, HAlign::Left,
                VAlign::Bottom});
        nodes_.push_back({b.box, {}, 0, {ClusterMapHit::Kind::Buyer, 0, 0, b.governance}});
    }
    c.text(tr.text("map.buyers_title"),
           {buyer_area.left + buyer_area.width / 2, buyer_area.top - c.px(8)},
           {11.5f, theme::to_sf(theme::kTextMuted), FontFace::Regular, HAlign::Centre,
            VAlign::Bottom});

    // Firms.
    for (std::size_t i = 0; i < data.firms.size(); ++i) {
        const MapFirm& f = data.firms[i];
        const FirmPlace& p = places[i];
        bool lit = hovered && hovered->kind == ClusterMapHit::Kind::Firm && hovered->firm == f.id;
        c.disc(p.centre + sf::Vector2f(0, c.px(2)), p.radius + c.px(1), sf::Color(0, 0, 0, 90));
        if (f.own) {
            c.ring(p.centre, p.radius + c.px(5), c.px(3.5f), theme::to_sf(theme::kHighlight));
        }
        if (lit) {
            c.ring(p.centre, p.radius + c.px(f.own ? 10 : 5), c.px(2), theme::to_sf(theme::kText));
        }
        c.disc(p.centre, p.radius, firm_fill(f));
        c.ring(p.centre, p.radius, c.px(1.5f), theme::to_sf(theme::kBackground, 160));
        if (f.bankrupt) {
            bankrupt_cross(c, p.centre, p.radius);
        }
        if (f.acquired) {
            c.ring(p.centre, p.radius * 0.55f, c.px(2), theme::to_sf(theme::kBackground, 200));
        }
        if (f.bot) {
            float s = std::min(c.px(11), p.radius * 0.9f);
            bot_badge(c, p.centre + sf::Vector2f(p.radius * 0.75f, p.radius * 0.75f), s);
        }
        if (f.lead_firm) {
            star(c, p.centre + sf::Vector2f(-p.radius * 0.75f, -p.radius * 0.75f), c.px(7),
                 theme::to_sf(theme::kText));
        }
        nodes_.push_back(
            {{p.centre.x - p.radius, p.centre.y - p.radius, 2 * p.radius, 2 * p.radius},
             p.centre,
             p.radius + c.px(4),
             {ClusterMapHit::Kind::Firm, f.id, 0, Governance::Market}});

        if (!all_names && !f.own && !lit) {
            continue;
        }
        // The name outside the ring, on the side the node faces.
        HAlign h = p.outward.x > 0.3f ? HAlign::Left
                                      : (p.outward.x < -0.3f ? HAlign::Right : HAlign::Centre);
        float reach = p.radius + c.px(f.own ? 12 : 7);
        sf::Vector2f anchor = p.centre + p.outward * reach;
        // Names above and below the ring have room to spread sideways.
        const float wrap_w = h == HAlign::Centre ? label_w * 1.8f : label_w;
        auto lines =
            c.wrap(f.name, label_size, f.own ? FontFace::Bold : FontFace::Regular, wrap_w, 2);
        const float line_h = c.px(label_size + 4);
        const float block = line_h * static_cast<float>(lines.size()) - c.px(4);
        float top = anchor.y - block / 2;
        if (p.outward.y > 0.5f) {
            top = anchor.y;
        } else if (p.outward.y < -0.5f) {
            top = anchor.y - block;
        }
        sf::Color ink = f.own ? theme::to_sf(theme::kHighlight)
                              : theme::to_sf(f.bankrupt ? theme::kTextDisabled : theme::kText);
        for (std::size_t l = 0; l < lines.size(); ++l) {
            c.text(lines[l], {anchor.x, top + line_h * static_cast<float>(l)},
                   {label_size, ink, f.own ? FontFace::Bold : FontFace::Regular, h, VAlign::Top});
        }
    }

    // The joint actions' column: each pill shows its track's colour and style.
    for (const auto& h : hubs) {
        const MapJointAction& a = *h.action;
        bool lit = hovered && hovered->kind == ClusterMapHit::Kind::JointAction &&
                   hovered->joint_action == a.id;
        sf::Color colour = joint_action_colour(a.type);
        const float radius = h.box.height / 2;
        c.rounded_rect(h.box, radius,
                       a.active
                           ? mix(theme::to_sf(theme::kPanelRaised), colour, lit ? 0.36f : 0.18f)
                           : theme::to_sf(lit ? theme::kFieldHover : theme::kPanel));
        c.rounded_frame(h.box, radius, c.px(lit ? 2 : 1.5f),
                        a.vetoed ? theme::to_sf(theme::kDanger)
                                 : with_alpha(colour, a.active ? 255 : 150));
        const float mid = h.box.top + h.box.height / 2;
        const sf::Vector2f from(h.box.left + c.px(10), mid);
        const sf::Vector2f to(h.box.left + c.px(24), mid);
        if (a.active) {
            c.line(from, to, c.px(3), colour);
        } else {
            c.dashed_line(from, to, c.px(2), c.px(4), c.px(3), colour);
        }
        c.text(h.label, {h.box.left + c.px(30), mid},
               {hub_size, a.active ? theme::to_sf(theme::kText) : theme::to_sf(theme::kTextMuted),
                FontFace::Bold, HAlign::Left, VAlign::Middle});
        nodes_.push_back({h.box, {}, 0, {ClusterMapHit::Kind::JointAction, 0, a.id, {}}});
    }
    if (!hubs.empty()) {
        c.text(tr.text("map.joint_actions_title"),
               {joint_area.left + joint_area.width / 2, joint_area.top - c.px(8)},
               {11.5f, theme::to_sf(theme::kTextMuted), FontFace::Regular, HAlign::Centre,
                VAlign::Bottom});
    }
    if (data.firms.empty()) {
        c.text(tr.text("map.empty"), centre,
               {14, theme::to_sf(theme::kTextMuted), FontFace::Regular, HAlign::Centre,
                VAlign::Middle});
    }

    draw_legend(c, legend, legend_at, legend_width, legend_size);
}

std::optional<ClusterMapHit> ClusterMap::hit_test(sf::Vector2f point) const {
    // Hubs and firms lie on top of buyers' links; test the last drawn first.
    for (auto it = nodes_.rbegin(); it != nodes_.rend(); ++it) {
        if (it->radius > 0) {
            sf::Vector2f d = point - it->centre;
            if (d.x * d.x + d.y * d.y <= it->radius * it->radius) {
                return it->hit;
            }
        } else if (it->box.contains(point)) {
            return it->hit;
        }
    }
    return std::nullopt;
}

std::optional<sf::Vector2f> ClusterMap::firm_centre(FirmId firm) const {
    for (const auto& n : nodes_) {
        if (n.hit.kind == ClusterMapHit::Kind::Firm && n.hit.firm == firm) {
            return n.centre;
        }
    }
    return std::nullopt;
}

std::optional<sf::Vector2f> ClusterMap::joint_action_centre(JointActionId id) const {
    for (const auto& n : nodes_) {
        if (n.hit.kind == ClusterMapHit::Kind::JointAction && n.hit.joint_action == id) {
            return sf::Vector2f(n.box.left + n.box.width / 2, n.box.top + n.box.height / 2);
        }
    }
    return std::nullopt;
}

std::optional<sf::Vector2f> ClusterMap::buyer_centre(Governance governance) const {
    for (const auto& n : nodes_) {
        if (n.hit.kind == ClusterMapHit::Kind::Buyer && n.hit.governance == governance) {
            return sf::Vector2f(n.box.left + n.box.width / 2, n.box.top + n.box.height / 2);
        }
    }
    return std::nullopt;
}

namespace {

const MapFirm* find_firm(const ClusterMapData& data, FirmId id) {
    for (const auto& f : data.firms) {
        if (f.id == id) {
            return &f;
        }
    }
    return nullptr;
}

void road_line(const Translations& tr, Road road) {
    ImDrawList* draw = ImGui::GetWindowDrawList();
    ImVec2 at = ImGui::GetCursorScreenPos();
    float size = ImGui::GetTextLineHeight() * 0.7f;
    float dy = (ImGui::GetTextLineHeight() - size) / 2;
    draw->AddCircleFilled(ImVec2(at.x + size / 2, at.y + dy + size / 2), size / 2,
                          theme::to_imu32(theme::road_colour(road)));
    ImGui::Dummy(ImVec2(size, ImGui::GetTextLineHeight()));
    ImGui::SameLine();
    concept_term(tr, glossary_key(road));
}

} // namespace

void cluster_map_tooltip(const Translations& tr, const ClusterMapData& data,
                         const ClusterMapHit& hit) {
    const Language lang = tr.language();
    ImGui::BeginTooltip();
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 24);
    switch (hit.kind) {
    case ClusterMapHit::Kind::Firm: {
        const MapFirm* f = find_firm(data, hit.firm);
        if (f == nullptr) {
            break;
        }
        ImGui::TextUnformatted(f->name.c_str());
        if (f->own) {
            ImGui::SameLine();
            ImGui::TextColored(theme::to_imvec4(theme::kHighlight), "%s", tr("map.tip.own"));
        }
        road_line(tr, f->road);
        ImGui::TextUnformatted(
            tr.format("map.tip.workers", {{"workers", fixed(f->employment, 0, lang)}}).c_str());
        if (f->bankrupt) {
            ImGui::TextColored(theme::to_imvec4(theme::kDanger), "%s", tr("map.tip.bankrupt"));
        }
        if (f->acquired) {
            ImGui::TextUnformatted(tr("map.tip.acquired"));
        }
        if (f->lead_firm) {
            ImGui::TextUnformatted(tr("map.tip.lead_firm"));
        }
        ImGui::TextDisabled("%s", f->bot ? tr("map.tip.bot") : tr("map.tip.person"));
        for (const auto& a : data.joint_actions) {
            if (contains(a.members, f->id)) {
                ImGui::BulletText("%s%s", concept_name(tr, a.type).c_str(),
                                  a.active ? "" : tr.text("map.tip.proposed_suffix").c_str());
            }
        }
        for (const auto& k : data.contracts) {
            if (k.firm == f->id) {
                std::string volume = fixed(k.volume, 0, lang);
                ImGui::BulletText(
                    "%s", tr.format(k.estimated ? "map.tip.contract_estimated" : "map.tip.contract",
                                    {{"governance", concept_name(tr, k.governance)},
                                     {"count", std::to_string(k.count)},
                                     {"volume", volume}})
                              .c_str());
            }
        }
        break;
    }
    case ClusterMapHit::Kind::JointAction: {
        const MapJointAction* a = nullptr;
        for (const auto& j : data.joint_actions) {
            a = j.id == hit.joint_action ? &j : a;
        }
        if (a == nullptr) {
            break;
        }
        ImGui::TextUnformatted(concept_name(tr, a->type).c_str());
        ImGui::TextDisabled("%s", tr(std::string(glossary_key(a->type)) + ".tip"));
        std::string status =
            a->vetoed ? tr.text("map.tip.vetoed")
                      : (a->active ? tr.text("map.tip.active")
                                   : tr.format("map.tip.waiting",
                                               {{"members", std::to_string(a->members.size())},
                                                {"min", std::to_string(a->min_members)}}));
        ImGui::TextUnformatted(status.c_str());
        for (FirmId m : a->members) {
            if (const MapFirm* f = find_firm(data, m)) {
                ImGui::BulletText("%s", f->name.c_str());
            }
        }
        break;
    }
    case ClusterMapHit::Kind::Buyer: {
        ImGui::TextUnformatted(concept_name(tr, hit.governance).c_str());
        ImGui::TextDisabled("%s", tr(std::string(glossary_key(hit.governance)) + ".tip"));
        bool any = false;
        for (const auto& k : data.contracts) {
            if (k.governance != hit.governance) {
                continue;
            }
            if (const MapFirm* f = find_firm(data, k.firm)) {
                any = true;
                ImGui::BulletText(
                    "%s",
                    tr.format(k.estimated ? "map.tip.buyer_firm_estimated" : "map.tip.buyer_firm",
                              {{"firm", f->name}, {"volume", fixed(k.volume, 0, lang)}})
                        .c_str());
            }
        }
        if (!any) {
            ImGui::TextUnformatted(tr("map.buyer.none"));
        }
        break;
    }
    }
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
}

} // namespace hr::client
