#pragma once
// The cluster map (DESIGN §6): the room's firms as nodes on a ring (size by employment, colour by
// road), joint actions as hubs inside the ring linked to their members (horizontal cooperation),
// and the global buyers at the right edge, one node per governance type, linked to the firms that
// hold their contracts with a thickness by contracted volume. Plain data in, SFML out; hit-testing
// tells the caller what is under the mouse so that it can show cluster_map_tooltip().
#include "core/scenario.hpp"
#include "protocol/views.hpp"
#include "translations.hpp"

#include <SFML/Graphics/Rect.hpp>
#include <SFML/Graphics/RenderTarget.hpp>
#include <optional>
#include <string>
#include <vector>

namespace hr::client {

struct MapFirm {
    FirmId id = 0;
    std::string name;
    Road road = Road::Stagnation;
    double employment = 0;
    bool own = false; // the viewer's firm
    bool bankrupt = false;
    bool acquired = false;
    bool bot = false; // a computer plays it (bot seat, or a bot deciding for an absent player)
    bool lead_firm = false;
};

struct MapJointAction {
    JointActionId id = 0;
    JointActionType type = JointActionType::JointPurchasing;
    std::vector<FirmId> members;
    int min_members = 0;
    bool active = false; // otherwise proposed, waiting for members and money
    bool vetoed = false;
};

// The contracts one firm holds with buyers of one governance type.
struct MapContract {
    FirmId firm = 0;
    Governance governance = Governance::Market;
    int count = 0;
    double volume = 0;      // thousand units a round
    bool estimated = false; // another firm's terms are private: the buyers' usual order size
};

struct ClusterMapData {
    std::vector<MapFirm> firms; // in FirmId order
    std::vector<MapJointAction> joint_actions;
    std::vector<MapContract> contracts;
    std::optional<Road> cluster_road;
};

// The map of a room: public firms and joint actions from the snapshot; the viewer's own contracts
// with their real volumes from `own` (when a player); other firms' contract volumes estimated
// from the scenario's buyers of that governance.
ClusterMapData cluster_map_data(const proto::RoomSnapshot& snapshot, std::optional<FirmId> own_firm,
                                const proto::FirmPrivate* own, const Scenario* scenario);

struct ClusterMapHit {
    enum class Kind { Firm, JointAction, Buyer };
    Kind kind = Kind::Firm;
    FirmId firm = 0;                            // Kind::Firm
    JointActionId joint_action = 0;             // Kind::JointAction
    Governance governance = Governance::Market; // Kind::Buyer
    friend bool operator==(const ClusterMapHit&, const ClusterMapHit&) = default;
};

class ClusterMap {
  public:
    // Draws within `area` (target pixels) at UI `scale`; `hovered` is drawn highlighted.
    void draw(sf::RenderTarget& target, const ClusterMapData& data, sf::FloatRect area, float scale,
              const Translations& tr, const std::optional<ClusterMapHit>& hovered = std::nullopt);
    // What lies under `point` in the last drawing (nodes before links).
    std::optional<ClusterMapHit> hit_test(sf::Vector2f point) const;
    // Where the last drawing put a firm, a joint action hub or a buyer; nullopt if absent.
    std::optional<sf::Vector2f> firm_centre(FirmId firm) const;
    std::optional<sf::Vector2f> joint_action_centre(JointActionId id) const;
    std::optional<sf::Vector2f> buyer_centre(Governance governance) const;

  private:
    struct Node {
        sf::FloatRect box;
        sf::Vector2f centre;
        float radius = 0; // > 0: hit inside this disc; otherwise inside the box
        ClusterMapHit hit;
    };
    std::vector<Node> nodes_;
};

// The ImGui tooltip for a hit: call while the map is hovered.
void cluster_map_tooltip(const Translations& tr, const ClusterMapData& data,
                         const ClusterMapHit& hit);

} // namespace hr::client
