#include "session_setup.hpp"

#include "debrief_screen.hpp"
#include "facilitator_screen.hpp"
#include "join_form.hpp"
#include "lobby_screen.hpp"
#include "results_screen.hpp"
#include "round_screen.hpp"

namespace hr::client {

SessionDirector& install_session(App& app, std::unique_ptr<SessionDirector> director) {
    SessionDirector& session = *director;
    const HostingInfo& hosting = session.hosting();
    app.register_screen(ScreenId::Lobby, [&session, &hosting] {
        return std::make_unique<LobbyScreen>(session, hosting);
    });
    app.register_screen(ScreenId::Facilitator, [&session, &hosting] {
        return std::make_unique<FacilitatorScreen>(session, hosting);
    });
    app.register_screen(ScreenId::Round,
                        [&session] { return std::make_unique<RoundScreen>(session); });
    app.register_screen(ScreenId::Results,
                        [&session] { return std::make_unique<ResultsScreen>(session); });
    app.register_screen(ScreenId::Debrief,
                        [&session] { return std::make_unique<DebriefScreen>(session); });
    app.set_frame_hook(
        [&session, &app](ScreenContext& ctx) { session.frame(ctx, app.current_screen()); });
    app.set_session_launcher(std::move(director));
    return session;
}

void start_requested_session(const LaunchOptions& launch, SessionDirector& session,
                             const Settings& settings) {
    const std::string name = launch.name.empty() ? settings.player_name : launch.name;
    if (launch.solo) {
        SoloRequest request;
        request.scenario = launch.scenario;
        request.firms = launch.firms;
        request.difficulty = launch.difficulty;
        request.player_name = name;
        session.start_solo(request);
    } else if (!launch.join.empty()) {
        const auto address = parse_server_address(launch.join);
        JoinRequest request;
        request.host = address ? address->host : launch.join;
        request.port = address ? address->port : kDefaultServerPort;
        request.code = normalise_join_code(launch.code);
        request.player_name = name;
        session.join(request);
    } else if (launch.host) {
        // A window that crashed mid-lesson is started again with --host: it takes its room back.
        if (session.resume_hosting()) {
            return;
        }
        HostRequest request;
        request.scenario = launch.scenario;
        request.port = kDefaultServerPort;
        if (launch.firms > 0) {
            request.firms = launch.firms;
        }
        if (launch.rounds > 0) {
            request.rounds = launch.rounds;
        }
        if (launch.round_seconds > 0) {
            request.round_seconds = launch.round_seconds;
        }
        session.host(request);
    }
}

} // namespace hr::client
