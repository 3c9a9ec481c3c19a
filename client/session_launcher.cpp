#include "session_launcher.hpp"

#include "join_form.hpp"
#include "lan_addresses.hpp"
#include "theme.hpp"
#include "widgets.hpp"

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <imgui.h>
#include <random>
#include <system_error>
#include <unistd.h>

namespace hr::client {

namespace {

using Clock = std::chrono::steady_clock;

// A solo round closes as soon as the player submits; the clock only matters for someone who
// walks away, so it is generous.
constexpr std::uint32_t kSoloRoundSeconds = 900;
constexpr auto kServerStartLimit = std::chrono::seconds(20);
constexpr auto kNoticeShown = std::chrono::seconds(5);
constexpr const char* kScenarioFallback = "sinos-valley";

std::string random_hex(std::size_t bytes) {
    static constexpr char kDigits[] = "0123456789abcdef";
    std::random_device random;
    std::string out;
    for (std::size_t i = 0; i < bytes; ++i) {
        const auto b = static_cast<unsigned>(random() & 0xff);
        out.push_back(kDigits[b >> 4]);
        out.push_back(kDigits[b & 0x0f]);
    }
    return out;
}

std::uint64_t random_seed() {
    std::random_device random;
    return (static_cast<std::uint64_t>(random()) << 32) ^ random();
}

// The last lines of a log file, to say why a server stopped.
std::string log_tail(const std::filesystem::path& file) {
    std::ifstream in(file);
    std::vector<std::string> lines;
    for (std::string line; std::getline(in, line);) {
        lines.push_back(line);
    }
    std::string tail;
    for (std::size_t i = lines.size() > 3 ? lines.size() - 3 : 0; i < lines.size(); ++i) {
        tail += (tail.empty() ? "" : "\n") + lines[i];
    }
    return tail;
}

// A server that an earlier run of the client started and that still runs.
bool hosted_server_alive(int pid) {
    if (!process_alive(pid)) {
        return false;
    }
    std::ifstream cmdline("/proc/" + std::to_string(pid) + "/cmdline");
    std::string text((std::istreambuf_iterator<char>(cmdline)), std::istreambuf_iterator<char>());
    return text.find("highroad-server") != std::string::npos;
}

std::string scenario_or_default(const std::string& requested, const std::filesystem::path& dir) {
    if (!requested.empty()) {
        return requested;
    }
    std::error_code ec;
    return std::filesystem::exists(dir / (std::string(kScenarioFallback) + ".json"), ec)
               ? kScenarioFallback
               : proto::RoomSettings{}.scenario;
}

// A centred window over everything, for what stops the player until it is done.
bool begin_centre_panel(const char* id, float width) {
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->GetCenter(), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(width, 0));
    ImGui::SetNextWindowFocus();
    ImGui::PushStyleColor(ImGuiCol_WindowBg, theme::to_imvec4(theme::kPanelRaised, 0.98f));
    const bool open =
        ImGui::Begin(id, nullptr,
                     ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                         ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_AlwaysAutoResize);
    ImGui::PopStyleColor();
    return open;
}

} // namespace

std::filesystem::path default_data_dir() {
    if (const char* xdg = std::getenv("XDG_DATA_HOME"); xdg != nullptr && *xdg != '\0') {
        return std::filesystem::path(xdg) / "highroad";
    }
    if (const char* home = std::getenv("HOME"); home != nullptr && *home != '\0') {
        return std::filesystem::path(home) / ".local" / "share" / "highroad";
    }
    return std::filesystem::temp_directory_path() / "highroad";
}

std::vector<std::string> join_addresses(const HostingInfo& hosting, const SessionModel& model) {
    if (hosting.active()) {
        return hosting.addresses;
    }
    const std::string& address = model.server_address;
    return {address.substr(0, address.rfind(':'))};
}

std::uint16_t join_port(const HostingInfo& hosting, const SessionModel& model) {
    if (hosting.active()) {
        return hosting.port;
    }
    const std::string& address = model.server_address;
    const auto colon = address.rfind(':');
    if (colon == std::string::npos) {
        return 0;
    }
    unsigned port = 0;
    for (char c : address.substr(colon + 1)) {
        if (c < '0' || c > '9' || port > 65535) {
            return 0;
        }
        port = port * 10 + static_cast<unsigned>(c - '0');
    }
    return port <= 65535 ? static_cast<std::uint16_t>(port) : 0;
}

SessionDirector::SessionDirector(const Translations& tr, LauncherOptions options)
    : tr_(tr), options_(std::move(options)), tokens_(options_.token_file),
      connection_(tr_, tokens_, options_.assets_dir / "scenarios") {
    if (options_.data_dir.empty()) {
        options_.data_dir = default_data_dir();
    }
    demo_.set_dwell(options_.demo_dwell);
}

SessionDirector::~SessionDirector() {
    connection_.close();
    end_solo_server();
}

std::string SessionDirector::player_name(const std::string& requested) const {
    std::string name = clean_player_name(requested);
    return name.empty() ? tr_.text("session.default_name") : name;
}

void SessionDirector::start_solo(const SoloRequest& request) {
    leave();
    proto::RoomSettings settings;
    settings.scenario = scenario_or_default(request.scenario, options_.assets_dir / "scenarios");
    settings.firms = static_cast<std::uint32_t>(std::max(0, request.firms));
    settings.difficulty = difficulty_from(request.difficulty).value_or(Difficulty::Normal);
    settings.round_seconds = kSoloRoundSeconds;
    settings.seed = random_seed();
    settings.fill_with_bots = true;

    RoomEntry entry;
    entry.kind = RoomEntry::Kind::Create;
    entry.settings = settings;
    entry.secret = random_hex(16);
    entry.name = player_name(request.player_name);
    entry.take_seat = true;
    entry.start_when_seated = true;
    entry.remember = false;

    solo_dir_ =
        options_.temp_dir / ("highroad-solo-" + std::to_string(::getpid()) + "-" + random_hex(4));
    ServerLaunch launch;
    launch.program = options_.server_program;
    launch.database = solo_dir_ / "solo.db";
    launch.log_file = solo_dir_ / "server.log";
    launch.scenarios = options_.assets_dir / "scenarios";
    launch.bind = "127.0.0.1";
    launch.port = 0;
    launch.lifetime = ServerLifetime::WithClient;
    start_server(launch, std::move(entry));
}

void SessionDirector::join(const JoinRequest& request) {
    leave();
    RoomEntry entry;
    entry.kind = RoomEntry::Kind::Join;
    entry.code = normalise_join_code(request.code);
    entry.name = player_name(request.player_name);
    connection_.open(request.host, request.port, std::move(entry));
}

void SessionDirector::host(const HostRequest& request) {
    leave();
    proto::RoomSettings settings;
    settings.scenario = scenario_or_default(request.scenario, options_.assets_dir / "scenarios");
    settings.firms = static_cast<std::uint32_t>(std::max(0, request.firms));
    settings.rounds = static_cast<std::uint32_t>(std::max(0, request.rounds));
    settings.round_seconds = static_cast<std::uint32_t>(std::max(1, request.round_seconds));
    settings.fill_with_bots = request.fill_with_bots;
    settings.seed = random_seed();

    RoomEntry entry;
    entry.kind = RoomEntry::Kind::Create;
    entry.settings = settings;
    entry.secret = random_hex(16);
    entry.name = tr_.text("session.facilitator_name");
    entry.remember = true;

    // A classroom server this computer started before and that still runs takes the new room:
    // one server, one port for the students, however often the teacher starts over.
    if (const auto stored = tokens_.last_hosted();
        stored && hosted_server_alive(stored->server_pid)) {
        entry.server_pid = stored->server_pid;
        entry.server_port = stored->server_port;
        entry.database = stored->database;
        hosting_ = {lan_addresses(), stored->server_port};
        connection_.open("127.0.0.1", stored->server_port, std::move(entry));
        return;
    }
    ServerLaunch launch;
    launch.program = options_.server_program;
    launch.database = options_.data_dir / "classroom.db";
    launch.log_file = options_.data_dir / "server.log";
    launch.scenarios = options_.assets_dir / "scenarios";
    launch.bind = "0.0.0.0";
    launch.port = request.port;
    launch.lifetime = ServerLifetime::Detached;
    start_server(launch, std::move(entry));
}

bool SessionDirector::resume_hosting() {
    const auto stored = tokens_.last_hosted();
    if (!stored || !hosted_server_alive(stored->server_pid)) {
        return false;
    }
    leave();
    RoomEntry entry;
    entry.kind = RoomEntry::Kind::Attach;
    entry.code = stored->code;
    entry.secret = stored->secret;
    entry.name = stored->name;
    entry.server_pid = stored->server_pid;
    entry.server_port = stored->server_port;
    entry.database = stored->database;
    hosting_ = {lan_addresses(), stored->server_port};
    create_if_gone_ = HostRequest{};
    connection_.open("127.0.0.1", stored->server_port, std::move(entry));
    return true;
}

void SessionDirector::start_server(const ServerLaunch& launch, RoomEntry entry) {
    std::string problem;
    auto process = ServerProcess::start(launch, &problem);
    if (!process) {
        fail(tr_.format("session.server_failed", {{"reason", problem}}));
        return;
    }
    connection_.set_state(ConnectionState::StartingServer);
    pending_.emplace(
        PendingServer{std::move(*process), std::move(entry), Clock::now(), false, launch});
}

void SessionDirector::poll_server(Clock::time_point now) {
    if (!pending_) {
        return;
    }
    PendingServer& p = *pending_;
    if (const auto port = p.process.poll_port()) {
        RoomEntry entry = std::move(p.entry);
        if (p.process.lifetime() == ServerLifetime::Detached) {
            entry.server_pid = p.process.pid();
            entry.server_port = *port;
            entry.database = p.launch.database.string();
            hosting_ = {lan_addresses(), *port};
        }
        server_ = std::move(p.process);
        pending_.reset();
        connection_.open("127.0.0.1", *port, std::move(entry));
        return;
    }
    if (!p.process.running()) {
        if (p.launch.port != 0 && !p.retried_on_free_port) {
            // The chosen port is taken (another program, or an old server): any free one will
            // do, since the address shown to the students carries the port.
            ServerLaunch again = p.launch;
            again.port = 0;
            RoomEntry entry = std::move(p.entry);
            pending_.reset();
            start_server(again, std::move(entry));
            if (pending_) {
                pending_->retried_on_free_port = true;
            }
            return;
        }
        const std::string why = log_tail(p.launch.log_file);
        pending_.reset();
        fail(tr_.format("session.server_failed",
                        {{"reason", why.empty() ? p.process.output() : why}}));
        return;
    }
    if (now - p.since > kServerStartLimit) {
        p.process.stop();
        pending_.reset();
        fail(tr_.format("session.server_failed", {{"reason", tr_.text("session.server_slow")}}));
    }
}

void SessionDirector::fail(std::string problem) {
    connection_.close();
    connection_.set_state(ConnectionState::Failed, std::move(problem));
    end_solo_server();
}

void SessionDirector::end_solo_server() {
    if (server_ && server_->lifetime() == ServerLifetime::WithClient) {
        server_->stop();
        server_.reset();
    }
    if (!solo_dir_.empty()) {
        std::error_code ec;
        std::filesystem::remove_all(solo_dir_, ec);
        solo_dir_.clear();
    }
}

void SessionDirector::leave() {
    const bool was_busy = pending_ || connection_.model().connection != ConnectionState::Idle;
    pending_.reset();
    connection_.close();
    connection_.set_state(ConnectionState::Idle);
    end_solo_server();
    server_.reset();
    hosting_ = {};
    create_if_gone_.reset();
    demo_ = DemoPlayer();
    demo_.set_dwell(options_.demo_dwell);
    if (was_busy && placed_) {
        left_home_ = true;
    }
    placed_ = false;
}

void SessionDirector::frame(ScreenContext& ctx, std::optional<ScreenId> screen) {
    const auto now = Clock::now();
    poll_server(now);
    connection_.poll(now);
    const SessionModel& m = connection_.model();
    // --host after a restart: the remembered room is gone or its game is over, so host a new
    // one (on the same server, so the students' address stays the same).
    if (create_if_gone_) {
        const bool gone = m.connection == ConnectionState::Failed && m.last_error &&
                          m.last_error->code == proto::ErrorCode::UnknownRoom;
        const bool over =
            m.in_room() && m.snapshot && m.snapshot->phase == proto::RoomPhase::Finished;
        if (gone || over) {
            const HostRequest request = *create_if_gone_;
            create_if_gone_.reset();
            host(request);
        } else if (m.in_room() && m.snapshot) {
            create_if_gone_.reset(); // taken back: nothing to replace
        }
    }
    follow_room(ctx, screen);
    if (options_.demo && m.in_room()) {
        demo_.update(*this, screen, ctx);
    }
    draw_overlays(ctx);
}

void SessionDirector::follow_room(ScreenContext& ctx, std::optional<ScreenId> screen) {
    if (left_home_) {
        left_home_ = false;
        ctx.reset_to(ScreenId::Home);
    }
    const SessionModel& m = connection_.model();
    if (m.connection == ConnectionState::Failed && placed_) {
        placed_ = false;
        ctx.reset_to(ScreenId::Home);
        return;
    }
    if (m.connection != ConnectionState::InRoom || !m.snapshot || !m.in_room()) {
        return;
    }
    if (connection_.entry().take_seat && !m.is_player()) {
        return; // solo play: wait for the seat, so the first screen is the player's
    }
    const proto::RoomPhase phase = m.snapshot->phase;
    const bool playing = phase == proto::RoomPhase::Running || phase == proto::RoomPhase::Paused;
    if (!placed_) {
        placed_ = true;
        last_phase_ = phase;
        if (phase == proto::RoomPhase::Finished && m.is_player()) {
            ctx.reset_to(ScreenId::Debrief);
        } else if (m.is_player()) {
            ctx.reset_to(playing ? ScreenId::Round : ScreenId::Lobby);
        } else {
            ctx.reset_to(m.is_facilitator() ? ScreenId::Facilitator : ScreenId::Lobby);
        }
        return;
    }
    if (phase == last_phase_) {
        return;
    }
    const proto::RoomPhase before = last_phase_;
    last_phase_ = phase;
    if (phase == proto::RoomPhase::Finished) {
        // A game played to its end shows the last round's results first: the round and results
        // screens lead to the debrief themselves. The facilitator's console has its own button.
        const bool completed = m.game_over && m.game_over->end == proto::GameEnd::Completed;
        const bool on_results = screen == ScreenId::Round || screen == ScreenId::Results;
        if (m.is_player() ? !(completed && on_results) : !m.is_facilitator()) {
            ctx.reset_to(ScreenId::Debrief);
        }
    } else if (before == proto::RoomPhase::Lobby && playing && m.is_player()) {
        ctx.reset_to(ScreenId::Round);
    }
}

void SessionDirector::draw_overlays(ScreenContext& ctx) {
    const Translations& tr = ctx.tr();
    const FontSet& fonts = ctx.fonts();
    const float s = ctx.ui_scale();
    const SessionModel& m = connection_.model();
    const auto now = Clock::now();

    const bool starting = m.connection == ConnectionState::StartingServer ||
                          m.connection == ConnectionState::Connecting ||
                          m.connection == ConnectionState::Handshaking ||
                          (m.connection == ConnectionState::InRoom && !placed_);
    if (starting) {
        if (begin_centre_panel("##session_starting", 520.0f * s)) {
            widgets::heading(fonts, m.connection == ConnectionState::StartingServer
                                        ? tr("session.starting_server")
                                        : tr("session.connecting"));
            const int dots = static_cast<int>(
                std::chrono::duration_cast<std::chrono::milliseconds>(now.time_since_epoch())
                    .count() /
                400 % 4);
            const std::string line =
                tr.format("session.connecting_to", {{"address", m.server_address}}) +
                std::string(static_cast<std::size_t>(dots), '.');
            widgets::muted_wrapped(m.server_address.empty() ? tr("session.please_wait")
                                                            : line.c_str());
            ImGui::Spacing();
            if (ImGui::Button(tr("session.cancel"), ImVec2(-1.0f, 0))) {
                leave();
            }
        }
        ImGui::End();
    }

    if (m.connection == ConnectionState::Failed) {
        if (begin_centre_panel("##session_failed", 620.0f * s)) {
            widgets::heading(fonts, tr("session.failed_title"));
            widgets::error_wrapped(m.problem.empty() ? tr("session.error.dropped")
                                                     : m.problem.c_str());
            ImGui::Spacing();
            // Out of a room, back to the start; before entering one, back to the form that
            // asked for it, to correct the address or the code.
            const bool was_placed = placed_;
            if (widgets::primary_button(was_placed ? tr("session.ok") : tr("session.dismiss"),
                                        ImVec2(-1.0f, 0))) {
                leave();
                if (was_placed) {
                    ctx.reset_to(ScreenId::Home);
                }
            }
        }
        ImGui::End();
    }

    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    const ImGuiWindowFlags banner =
        ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
        ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoFocusOnAppearing;
    if (m.connection == ConnectionState::Lost) {
        ImGui::SetNextWindowPos(ImVec2(viewport->GetCenter().x, viewport->WorkPos.y + 12.0f * s),
                                ImGuiCond_Always, ImVec2(0.5f, 0.0f));
        ImGui::PushStyleColor(ImGuiCol_WindowBg, theme::to_imvec4(theme::kDanger, 0.95f));
        ImGui::PushStyleColor(ImGuiCol_Text, theme::to_imvec4(theme::kBackground));
        ImGui::Begin("##session_lost", nullptr, banner);
        ImGui::PushFont(fonts.bold);
        const std::string text =
            tr.format("session.reconnecting",
                      {{"attempt", std::to_string(connection_.reconnect_attempts())}});
        ImGui::TextUnformatted(text.c_str());
        ImGui::PopFont();
        ImGui::SameLine(0, 18.0f * s);
        ImGui::PushStyleColor(ImGuiCol_Button, theme::to_imvec4(theme::kBackground));
        ImGui::PushStyleColor(ImGuiCol_ButtonHovered, theme::to_imvec4(theme::kPanelRaised));
        ImGui::PushStyleColor(ImGuiCol_Text, theme::to_imvec4(theme::kText));
        if (ImGui::SmallButton(tr("session.leave"))) {
            leave();
        }
        ImGui::PopStyleColor(3);
        ImGui::End();
        ImGui::PopStyleColor(2);
    }

    if (!m.notice.empty()) {
        if (!notice_since_) {
            notice_since_ = now;
        }
        ImGui::SetNextWindowPos(ImVec2(viewport->GetCenter().x, viewport->WorkPos.y + 12.0f * s),
                                ImGuiCond_Always, ImVec2(0.5f, 0.0f));
        ImGui::PushStyleColor(ImGuiCol_WindowBg, theme::to_imvec4(theme::kAccent, 0.96f));
        ImGui::Begin("##session_notice", nullptr, banner);
        ImGui::PushFont(fonts.heading);
        ImGui::TextUnformatted(m.notice.c_str());
        ImGui::PopFont();
        ImGui::End();
        ImGui::PopStyleColor();
        if (now - *notice_since_ > kNoticeShown) {
            connection_.clear_notice();
            notice_since_.reset();
        }
    } else {
        notice_since_.reset();
    }
}

} // namespace hr::client
