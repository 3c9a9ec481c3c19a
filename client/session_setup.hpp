#pragma once
// Wiring the network side into the App: the screens that show a session, the per-frame hook, and
// the session the command line asks for.
#include "app.hpp"
#include "command_line.hpp"
#include "session_launcher.hpp"

#include <memory>

namespace hr::client {

// Installs `director` in the App (it owns it from now on): registers the lobby, round, results,
// debrief and facilitator screens on its SessionActions, and polls it once a frame. Returns it.
SessionDirector& install_session(App& app, std::unique_ptr<SessionDirector> director);

// Starts what the flags ask for (--solo, --join, --host); nothing without them.
void start_requested_session(const LaunchOptions& launch, SessionDirector& session,
                             const Settings& settings);

} // namespace hr::client
