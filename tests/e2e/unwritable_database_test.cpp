// The database stops taking writes in the middle of a game. A file-size limit of 0 bytes set on
// the running server (prlimit) makes every write to its files fail as on a full disk, without
// root and without touching the disk. The server keeps running, tells its log and every client,
// acknowledges nothing it could not store, and once writes work again the game goes on as if
// nothing happened; killed during the outage, it comes back without what it never acknowledged.
#include "e2e/scripted_player.hpp"
#include "e2e/server_process.hpp"

#include <fcntl.h>
#include <optional>
#include <sys/resource.h>

using namespace hr;
using namespace hr::e2e;

namespace {

constexpr int kRounds = 3;

// Every write of the server to a file fails (EFBIG) while the limit is 0; nullopt lifts it.
void limit_file_size(pid_t pid, std::optional<rlim_t> bytes) {
    rlimit now{};
    REQUIRE(::prlimit(pid, RLIMIT_FSIZE, nullptr, &now) == 0);
    rlimit next = now;
    next.rlim_cur = bytes.value_or(now.rlim_max);
    REQUIRE(::prlimit(pid, RLIMIT_FSIZE, &next, nullptr) == 0);
}

// The server's stderr (its log), read through a pipe: a file would fail like the database.
class LogCapture {
  public:
    LogCapture() {
        int fds[2];
        REQUIRE(::pipe2(fds, O_CLOEXEC) == 0);
        read_ = fds[0];
        REQUIRE(::fcntl(read_, F_SETFL, O_NONBLOCK) == 0);
        std::fflush(stderr);
        saved_ = ::dup(STDERR_FILENO);
        ::dup2(fds[1], STDERR_FILENO); // without O_CLOEXEC: the server gets it
        ::close(fds[1]);
    }
    LogCapture(const LogCapture&) = delete;
    LogCapture& operator=(const LogCapture&) = delete;
    ~LogCapture() {
        release();
        ::close(read_);
    }
    // Gives the test its own stderr back once the server has started with the pipe.
    void release() {
        if (saved_ >= 0) {
            ::dup2(saved_, STDERR_FILENO);
            ::close(saved_);
            saved_ = -1;
        }
    }
    // What the server logged so far.
    const std::string& text() {
        char buffer[4096];
        for (ssize_t n = 0; (n = ::read(read_, buffer, sizeof buffer)) > 0;) {
            text_.append(buffer, static_cast<std::size_t>(n));
        }
        return text_;
    }

  private:
    int read_ = -1;
    int saved_ = -1;
    std::string text_;
};

bool notice(const proto::ChatLine& line, const std::string& words) {
    return line.from == "server" && line.announcement && line.text.find(words) != std::string::npos;
}

bool any_ack(const Player& p, int round) {
    const auto acks = p.client->all<proto::DecisionAck>();
    return std::any_of(acks.begin(), acks.end(),
                       [&](const proto::DecisionAck& a) { return a.round == round; });
}

bool any_results(const Player& p, int round) {
    const auto results = p.client->all<proto::RoundResultsMessage>();
    return std::any_of(results.begin(), results.end(), [&](const proto::RoundResultsMessage& r) {
        return r.results.round == round;
    });
}

// The server has not exited (0 from waitpid: still running; it stays the ServerProcess's to
// reap).
bool running(pid_t pid) {
    int status = 0;
    return ::waitpid(pid, &status, WNOHANG) == 0;
}

enum class Outage { None, Recovers, KilledDuring };

// Plays a game of kRounds, round 2 with the database refusing writes when asked. Returns the
// final state hash.
std::uint64_t play_game(const std::string& name, Outage outage) {
    TempDatabase db(name);
    LogCapture log;
    auto server = std::make_unique<ServerProcess>(db.path);
    log.release();
    Facilitator fac(server->port(), e2e_room(5, kRounds, 77));
    Player ana(server->port(), fac.code, "Ana");
    Player bruno(server->port(), fac.code, "Bruno");
    fac.client.send(proto::Start{});
    ana.play(1);
    bruno.play(1);
    if (outage == Outage::None) {
        ana.play(2);
        bruno.play(2);
    } else {
        ana.client->wait_seen<proto::RoomSnapshotMessage>([](const proto::RoomSnapshotMessage& m) {
            return m.snapshot.round == 2 && m.snapshot.phase == proto::RoomPhase::Running;
        });
        limit_file_size(server->pid(), 0);
        ana.client->send(proto::SubmitDecision{++ana.seq, scripted(ana.firm, 2)});
        const auto told = ana.client->wait<proto::ChatLine>(
            [](const proto::ChatLine& l) { return notice(l, "cannot save"); });
        CHECK(told.text.find("confirmed once they are saved") != std::string::npos);
        fac.client.wait<proto::ChatLine>(
            [](const proto::ChatLine& l) { return notice(l, "cannot save"); });
        // A while (a few hundred ms of services) in which nothing may be acknowledged.
        ana.client->pump([] { return false; }, 100);
        CHECK_FALSE(any_ack(ana, 2));
        CHECK(running(server->pid()));
        CHECK(log.text().find("cannot store to the database") != std::string::npos);
        if (outage == Outage::KilledDuring) {
            CHECK(server->stop(SIGKILL) == -SIGKILL);
            server = std::make_unique<ServerProcess>(db.path);
            ana.reconnect(server->port(), fac.code);
            bruno.reconnect(server->port(), fac.code);
            // Never acknowledged, never stored: Ana sees round 2 without a decision and sends
            // it again.
            const auto state = ana.client->all<proto::PrivateFirmStateMessage>().back().state;
            CHECK(state.round == 2);
            CHECK_FALSE(state.decision.has_value());
            ana.submit(2);
            bruno.submit(2);
        } else {
            // Bruno's decision completes the round in memory; its results wait for the disk.
            bruno.client->send(proto::SubmitDecision{++bruno.seq, scripted(bruno.firm, 2)});
            bruno.client->wait<proto::ChatLine>(
                [](const proto::ChatLine& l) { return notice(l, "cannot save"); });
            bruno.client->pump([] { return false; }, 100);
            CHECK_FALSE(any_ack(bruno, 2));
            CHECK_FALSE(any_results(ana, 2));
            CHECK_FALSE(any_results(bruno, 2));
            limit_file_size(server->pid(), std::nullopt);
            CHECK(ana.client->wait<proto::DecisionAck>().round == 2);
            CHECK(bruno.client->wait<proto::DecisionAck>().round == 2);
            ana.client->wait<proto::ChatLine>(
                [](const proto::ChatLine& l) { return notice(l, "saves the game again"); });
            CHECK(any_results(ana, 2));
        }
    }
    ana.play(3);
    bruno.play(3);
    const auto over = ana.client->wait<proto::GameOver>();
    CHECK(over.rounds_played == kRounds);
    CHECK(bruno.client->wait<proto::GameOver>().state_hash == over.state_hash);
    return over.state_hash;
}

} // namespace

TEST_CASE("a database that stops taking writes holds back acknowledgements, says so, and loses "
          "nothing once it takes them again",
          "[e2e][storage]") {
    const std::uint64_t calm = play_game("calm", Outage::None);
    CHECK(play_game("outage", Outage::Recovers) == calm);
}

TEST_CASE("a server killed while its database refused writes comes back without what it never "
          "acknowledged, and the game ends as if nothing happened",
          "[e2e][storage]") {
    const std::uint64_t calm = play_game("calm-kill", Outage::None);
    CHECK(play_game("outage-kill", Outage::KilledDuring) == calm);
}

TEST_CASE("a server that cannot write its database at all says so and does not start",
          "[e2e][storage]") {
    TempDatabase db("never-written");
    // `ulimit -f 0`: no write to any file succeeds; the server ignores SIGXFSZ and sees EFBIG.
    // Its log comes through a pipe, which the limit does not touch.
    std::string cmd = "timeout 60 sh -c 'ulimit -f 0; exec \"$0\" --port 0 --bind 127.0.0.1 "
                      "--database \"$1\" 2>&1 >/dev/null' '";
    cmd += std::string(HIGHROAD_BIN_DIR) + "/highroad-server' '" + db.path + "'";
    std::FILE* pipe = ::popen(cmd.c_str(), "r");
    REQUIRE(pipe != nullptr);
    std::string log;
    char buffer[4096];
    for (std::size_t n = 0; (n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0;) {
        log.append(buffer, n);
    }
    const int status = ::pclose(pipe);
    INFO(log);
    REQUIRE(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == 1);
    CHECK(log.find("database") != std::string::npos);
}
