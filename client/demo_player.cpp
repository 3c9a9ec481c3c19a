#include "demo_player.hpp"

#include "core/bot.hpp"
#include "core/rules.hpp"
#include "shadow_state.hpp"

namespace hr::client {

namespace {

bool seat_taken_over(const SessionModel& m) {
    const auto firm = m.own_firm();
    return m.roster && firm && *firm < m.roster->seats.size() &&
           m.roster->seats[*firm].bot_controlled;
}

} // namespace

void DemoPlayer::update(SessionActions& session, std::optional<ScreenId> screen,
                        ScreenContext& ctx) {
    const SessionModel& m = session.model();
    if (!m.snapshot || !m.is_player()) {
        return;
    }
    const auto now = std::chrono::steady_clock::now();
    switch (m.snapshot->phase) {
    case proto::RoomPhase::Lobby:
        if (!readied_) {
            readied_ = true;
            session.send(proto::Ready{true});
        }
        break;
    case proto::RoomPhase::Running:
    case proto::RoomPhase::Paused:
        // The results of the last round stay on screen for a moment, then the next round.
        if (screen == ScreenId::Results && !m.results.empty() &&
            m.results.back().round < m.snapshot->round) {
            if (!results_since_) {
                results_since_ = now;
            } else if (now - *results_since_ >= dwell_) {
                results_since_.reset();
                ctx.reset_to(ScreenId::Round);
            }
        } else {
            results_since_.reset();
        }
        if (!seat_taken_over(m)) {
            decide(session);
        }
        break;
    case proto::RoomPhase::Finished:
        // The last round's results, then the debrief.
        if (screen == ScreenId::Results) {
            if (!results_since_) {
                results_since_ = now;
            } else if (now - *results_since_ >= dwell_) {
                results_since_.reset();
                ctx.reset_to(ScreenId::Debrief);
            }
        }
        break;
    }
}

void DemoPlayer::decide(SessionActions& session) {
    const SessionModel& m = session.model();
    if (!m.own || m.own->round <= 0) {
        return;
    }
    const int round = m.own->round;
    // The server refused the bot's decision (the shadow state is not the real one): the default
    // decision, which the rules always accept, keeps the game going.
    if (decided_round_ == round && !fell_back_ && m.last_error &&
        m.last_error->code == proto::ErrorCode::InvalidDecision && m.last_error->ref == last_seq_) {
        if (const auto state = shadow_state(m)) {
            fell_back_ = true;
            last_seq_ = m.next_seq;
            session.submit(default_decision(*state, *m.own_firm()));
        }
        return;
    }
    if (decided_round_ >= round) {
        return;
    }
    const auto state = shadow_state(m);
    if (!state) {
        return; // the model is not complete yet: try again next frame
    }
    const FirmId firm = *m.own_firm();
    Rng rng = bot_rng(*state, firm);
    Decision d = hr::decide(*state, firm, archetype_, difficulty_, rng);
    d.firm = firm;
    d.round = round;
    decided_round_ = round;
    fell_back_ = false;
    last_seq_ = m.next_seq;
    session.submit(d);
}

} // namespace hr::client
