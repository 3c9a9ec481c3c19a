#pragma once
// io() for what-if replays (core/what_if.hpp): the plan a member asks for, exact, and the two
// paths the server answers with, as figures for display.
#include "protocol/core_codec.hpp"

#include "core/what_if.hpp"

namespace hr::proto {

template <class A, Is<WhatIfBot> M> void io(A& a, M& m) {
    a.uint(m.firm, kMaxFirmId);
    a.choice(m.bot.archetype, kArchetypes);
    a.choice(m.bot.difficulty, kDifficulties);
}

template <class A, Is<WhatIfPlan> M> void io(A& a, M& m) {
    a.integer(m.from_round, 0, static_cast<int>(kMaxRounds));
    a.list(m.bots, kMaxFirms);
}

template <class A, Is<WhatIfFirmRound> M> void io(A& a, M& m) {
    io(a, m.record);
    a.flag(m.bankrupt);
    io(a, m.score);
    a.choice(m.play, kSeatPlays);
}

template <class A, Is<WhatIfRound> M> void io(A& a, M& m) {
    a.integer(m.round, 0, kMaxRoundValue);
    a.list(m.firms, kMaxFirms);
    io(a, m.cluster);
    a.money(m.public_spent);
    a.fixed64(m.state_hash);
}

template <class A, Is<WhatIfPath> M> void io(A& a, M& m) {
    a.list(m.rounds, kMaxRounds);
}

} // namespace hr::proto
