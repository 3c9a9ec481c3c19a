// `highroad-server export` on a game played over real ENet: while the server runs and the game
// is open, once it is over, after the server stopped, and the errors a teacher can run into.
#include "debrief/csv_text.hpp"
#include "e2e/scripted_player.hpp"
#include "e2e/server_process.hpp"

#include <fcntl.h>
#include <fstream>
#include <nlohmann/json.hpp>
#include <random>
#include <sstream>

using namespace hr;
using namespace hr::e2e;
namespace fs = std::filesystem;

namespace {

struct Run {
    int status = -1;
    std::string out;
    std::string err;
};

std::string read(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

// A folder of its own for a test's outputs, removed afterwards.
struct TempFolder {
    fs::path path;
    TempFolder() {
        std::random_device random;
        path = fs::temp_directory_path() / ("highroad-export-" + std::to_string(random()));
        fs::create_directories(path);
    }
    ~TempFolder() { fs::remove_all(path); }
};

// bin/highroad-server export with these arguments; stdout and stderr kept apart.
Run run_export(const TempFolder& scratch, std::vector<std::string> args) {
    args.insert(args.begin(), {std::string(HIGHROAD_BIN_DIR) + "/highroad-server", "export"});
    const fs::path out = scratch.path / "stdout.txt";
    const fs::path err = scratch.path / "stderr.txt";
    const pid_t pid = ::fork();
    REQUIRE(pid >= 0);
    if (pid == 0) {
        const int o = ::open(out.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
        const int e = ::open(err.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
        ::dup2(o, STDOUT_FILENO);
        ::dup2(e, STDERR_FILENO);
        std::vector<char*> argv;
        for (auto& a : args) {
            argv.push_back(a.data());
        }
        argv.push_back(nullptr);
        ::execv(argv[0], argv.data());
        ::_exit(127);
    }
    int status = 0;
    ::waitpid(pid, &status, 0);
    Run run;
    run.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    run.out = read(out);
    run.err = read(err);
    return run;
}

std::size_t count(const std::string& text, const std::string& what) {
    std::size_t n = 0;
    for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) {
        ++n;
    }
    return n;
}

} // namespace

TEST_CASE("the export reads a running game and a finished one from the server's database",
          "[e2e][export]") {
    TempDatabase db("export");
    TempFolder out;
    ServerProcess server(db.path);
    Facilitator fac(server.port(), e2e_room(4, 3, 29));
    Player ana(server.port(), fac.code, "Ana");
    Player bruno(server.port(), fac.code, "Bruno");
    fac.client.send(proto::Start{});
    for (int round = 1; round <= 2; ++round) {
        ana.play(round);
        bruno.play(round);
        ana.client->wait<proto::RoundResultsMessage>(
            [&](const auto& m) { return m.results.round == round; });
    }
    fac.client.send(proto::InjectEvent{"skill-drain"});
    // The server stores before it shows: once the console shows it pending, it is in the file.
    fac.client.wait<proto::FacilitatorViewMessage>([](const auto& m) {
        return !m.view.pending_events.empty() && m.view.pending_events.back() == "skill-drain";
    });

    // While the server runs and round 3 is open.
    const fs::path csv = out.path / "tables";
    Run running = run_export(out, {"--db", db.path, "--room", fac.code, "--html",
                                   (out.path / "running.html").string(), "--csv", csv.string(),
                                   "--json", (out.path / "running.json").string()});
    CAPTURE(running.err);
    REQUIRE(running.status == 0);
    CHECK(running.out.find("2 of 3 rounds, running") != std::string::npos);
    const auto rows = test::csv_rows(read(csv / "firm-rounds.csv"));
    REQUIRE(rows.size() == 4 * 2);
    const auto& ana_round_2 = rows[ana.firm * 2 + 1];
    CHECK(ana_round_2.at("player") == "Ana");
    CHECK(ana_round_2.at("decided_by") == "player");
    CHECK(ana_round_2.at("invest_process") == std::to_string(scripted(ana.firm, 2).invest[0]));
    for (const char* table : {"cluster-rounds.csv", "joint-actions.csv", "contracts.csv",
                              "events.csv", "policy-changes.csv"}) {
        CAPTURE(table);
        CHECK(fs::exists(csv / table));
    }
    const auto events = test::csv_rows(read(csv / "events.csv"));
    REQUIRE_FALSE(events.empty());
    CHECK(events.back().at("event") == "skill-drain");
    CHECK(events.back().at("pending") == "1");
    const std::string html = read(out.path / "running.html");
    CHECK(html.find("The game is still running") != std::string::npos);
    CHECK(count(html, "<svg ") == 1 + 4 + 9 + 1);
    const auto doc = nlohmann::json::parse(read(out.path / "running.json"));
    CHECK(doc["finished"] == false);
    CHECK(doc["rounds_played"] == 2);
    CHECK(doc["problems"].empty());

    // Once the game is over, in Spanish.
    ana.play(3);
    bruno.play(3);
    const auto over = ana.client->wait<proto::GameOver>();
    Run finished = run_export(out, {"--db", db.path, "--room", fac.code, "--lang", "es", "--html",
                                    (out.path / "final.html").string(), "--json",
                                    (out.path / "final.json").string()});
    CAPTURE(finished.err);
    REQUIRE(finished.status == 0);
    const auto final_doc = nlohmann::json::parse(read(out.path / "final.json"));
    CHECK(final_doc["finished"] == true);
    CHECK(final_doc["rounds_played"] == 3);
    char hash[17];
    std::snprintf(hash, sizeof hash, "%016llx", static_cast<unsigned long long>(over.state_hash));
    CHECK(final_doc["state_hash"] == hash);
    const std::string report = read(out.path / "final.html");
    CHECK(report.find("<html lang=\"es\">") != std::string::npos);
    CHECK(report.find("Tres preguntas de investigación") != std::string::npos);

    // After the server has stopped, from the file alone.
    CHECK(server.stop(SIGTERM) == 0);
    Run stopped = run_export(
        out, {"--db", db.path, "--room", fac.code, "--json", (out.path / "stopped.json").string()});
    CAPTURE(stopped.err);
    REQUIRE(stopped.status == 0);
    CHECK(nlohmann::json::parse(read(out.path / "stopped.json"))["state_hash"] == hash);
}

TEST_CASE("the export says clearly what is wrong and exits with its code", "[e2e][export]") {
    TempDatabase db("export-errors");
    TempFolder out;
    std::string code;
    {
        ServerProcess server(db.path);
        Facilitator fac(server.port(), e2e_room(3, 2, 5));
        code = fac.code;
    }
    const std::string html = (out.path / "r.html").string();

    Run nothing = run_export(out, {"--db", db.path, "--room", code});
    CHECK(nothing.status == 2);
    CHECK(nothing.err.find("nothing to write") != std::string::npos);

    Run missing = run_export(
        out, {"--db", (out.path / "nowhere.db").string(), "--room", code, "--html", html});
    CHECK(missing.status == 3);
    CHECK(missing.err.find("no database at") != std::string::npos);
    CHECK_FALSE(fs::exists(out.path / "nowhere.db"));

    std::ofstream(out.path / "notes.db") << "not a database";
    Run garbage =
        run_export(out, {"--db", (out.path / "notes.db").string(), "--room", code, "--html", html});
    CHECK(garbage.status == 3);
    CHECK(garbage.err.find("as a High Road database") != std::string::npos);

    Run unknown = run_export(out, {"--db", db.path, "--room", "ZZZZZZ", "--html", html});
    CHECK(unknown.status == 4);
    CHECK(unknown.err.find("no room with the code ZZZZZZ") != std::string::npos);
    CHECK(unknown.err.find(code) != std::string::npos); // the rooms it does hold

    std::ofstream(out.path / "a-file") << "in the way";
    Run unwritable = run_export(out, {"--db", db.path, "--room", code, "--html",
                                      (out.path / "a-file" / "r.html").string()});
    CHECK(unwritable.status == 6);
    CHECK(unwritable.err.find("cannot write") != std::string::npos);
    Run no_folder = run_export(
        out, {"--db", db.path, "--room", code, "--csv", (out.path / "a-file" / "tables").string()});
    CHECK(no_folder.status == 6);
    CHECK(no_folder.err.find("cannot make the folder") != std::string::npos);

    // The server's --help names the subcommand; its own --help lists its options.
    Run help = run_export(out, {"--help"});
    CHECK(help.status == 0);
    CHECK(help.out.find("--what-if") != std::string::npos);
    CHECK(help.out.find("Exit codes") != std::string::npos);

    // A room still in its lobby exports what there is: the glossary and no rounds.
    Run lobby = run_export(out, {"--db", db.path, "--room", code, "--html", html});
    CAPTURE(lobby.err);
    CHECK(lobby.status == 0);
    CHECK(read(html).find("No round has been resolved yet") != std::string::npos);
}
