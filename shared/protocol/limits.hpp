#pragma once
// Caps on everything a peer can send or make the server send: the decoder refuses more, so a
// lying length never drives an allocation and a message always fits one ENet packet.
#include <cstddef>
#include <cstdint>

namespace hr::proto {

// Bumped whenever a message's encoding changes. Hello's encoding never changes, so that a
// client of any version learns why it is refused.
inline constexpr std::uint16_t kProtocolVersion = 2;

// The largest payload a client may send; server messages (the debrief, the facilitator's
// view) may be larger, up to kMaxServerPayload.
inline constexpr std::uint32_t kMaxClientPayload = 4 * 1024;
inline constexpr std::uint32_t kMaxServerPayload = 256 * 1024;

inline constexpr std::size_t kMaxNameBytes = 48;        // display names, firm names
inline constexpr std::size_t kMaxChatBytes = 280;       // chat lines and announcements
inline constexpr std::size_t kMaxIdBytes = 64;          // scenario, event, buyer, archetype ids
inline constexpr std::size_t kMaxSecretBytes = 128;     // facilitator secret
inline constexpr std::size_t kMinSecretBytes = 4;       // facilitator secret
inline constexpr std::size_t kMaxCodeBytes = 16;        // join code as typed
inline constexpr std::size_t kMaxTextBytes = 1024;      // error texts, news parameters
inline constexpr std::size_t kReconnectTokenBytes = 16; // 128 random bits

inline constexpr std::size_t kMaxFirms = 16;
inline constexpr std::size_t kMaxRounds = 60;
inline constexpr std::uint32_t kMaxRoundSeconds = 24 * 3600;
inline constexpr std::uint32_t kMaxExtendSeconds = 3600;
inline constexpr std::size_t kMaxOffersPerFirm = 32;
inline constexpr std::size_t kMaxContractsPerFirm = 32;
inline constexpr std::size_t kMaxJointActions = 64;
inline constexpr std::size_t kMaxDecisionProposals = 8;
inline constexpr std::size_t kMaxDecisionJoins = 16;
inline constexpr std::size_t kMaxEvents = 256;
inline constexpr std::size_t kMaxNews = 64;
inline constexpr std::size_t kMaxNewsParams = 8;
inline constexpr std::size_t kMaxIssues = 32;
inline constexpr std::size_t kMaxBotMix = 16;
inline constexpr std::size_t kMaxSpectators = 256;
inline constexpr std::size_t kMaxRecentChat = 64;

} // namespace hr::proto
