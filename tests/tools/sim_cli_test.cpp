// Runs the real highroad-sim program and checks its exit codes and messages.
#include <catch2/catch.hpp>

#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace fs = std::filesystem;

namespace {

struct Ran {
    int code = -1;
    std::string out, err;
};

std::string slurp(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

fs::path scratch(const std::string& name) {
    const fs::path dir = fs::temp_directory_path() / "highroad-sim-cli-tests";
    fs::create_directories(dir);
    return dir / name;
}

Ran sim(const std::string& args) {
    const fs::path exe = fs::path(HIGHROAD_BIN_DIR) / "highroad-sim";
    REQUIRE(fs::exists(exe));
    // ctest runs test cases in parallel processes: every call gets its own files.
    static int calls = 0;
    const std::string tag = std::to_string(::getpid()) + "-" + std::to_string(++calls);
    const fs::path out = scratch("stdout-" + tag + ".txt");
    const fs::path err = scratch("stderr-" + tag + ".txt");
    const std::string cmd =
        "'" + exe.string() + "' " + args + " >'" + out.string() + "' 2>'" + err.string() + "'";
    const int status = std::system(cmd.c_str());
    Ran r;
    r.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    r.out = slurp(out);
    r.err = slurp(err);
    fs::remove(out);
    fs::remove(err);
    return r;
}

} // namespace

TEST_CASE("highroad-sim --help lists the commands", "[tools][sim]") {
    const auto r = sim("--help");
    CHECK(r.code == 0);
    CHECK(r.out.find("run") != std::string::npos);
    CHECK(r.out.find("research") != std::string::npos);
    CHECK(r.out.find("policy") != std::string::npos);
    CHECK(sim("run --help").code == 0);
}

TEST_CASE("highroad-sim exits with code 2 and says why on a bad request", "[tools][sim]") {
    using Catch::Matchers::Contains;
    SECTION("unknown scenario") {
        const auto r = sim("run --scenario atlantis --games 1");
        CHECK(r.code == 2);
        CHECK_THAT(r.err, Contains("unknown scenario \"atlantis\""));
        CHECK_THAT(r.err, Contains("sinos-valley"));
    }
    SECTION("unknown archetype") {
        const auto r = sim("run --firms pirate:3 --games 1");
        CHECK(r.code == 2);
        CHECK_THAT(r.err, Contains("unknown archetype \"pirate\""));
    }
    SECTION("bad mix string") {
        const auto r = sim("run --firms 'upgrader:four' --games 1");
        CHECK(r.code == 2);
        CHECK_THAT(r.err, Contains("bad firm mix"));
    }
    SECTION("unwritable output path") {
        const auto r = sim("run --games 1 --csv /nonexistent-dir/out.csv");
        CHECK(r.code == 2);
        CHECK_THAT(r.err, Contains("cannot write"));
        const auto j = sim("run --games 1 --json /nonexistent-dir/out.json");
        CHECK(j.code == 2);
        const auto m = sim("research --games 2 --markdown /nonexistent-dir/out.md");
        CHECK(m.code == 2);
    }
    SECTION("unknown option or command") {
        CHECK(sim("run --frims upgrader:3").code == 2);
        CHECK(sim("fly").code == 2);
        CHECK(sim("").code == 2);
    }
}

TEST_CASE("highroad-sim run plays the issue's example on a small scale", "[tools][sim]") {
    const fs::path csv = scratch("run-" + std::to_string(::getpid()) + ".csv");
    const fs::path json = scratch("run-" + std::to_string(::getpid()) + ".json");
    const auto r = sim("run --scenario sinos-valley --rounds 4 --firms "
                       "\"low-roader:4,upgrader:4,free-rider:2\" --games 20 --threads 2 --seed 1 "
                       "--no-progress "
                       "--csv '" +
                       csv.string() + "' --json '" + json.string() + "'");
    INFO(r.err);
    REQUIRE(r.code == 0);
    CHECK(r.out.find("firm-rounds/s") != std::string::npos);
    CHECK(r.err.empty()); // no warning about refused bot decisions
    CHECK(slurp(json).find("\"low-roader\"") != std::string::npos);
    fs::remove(csv);
    fs::remove(json);
}

TEST_CASE("highroad-sim research answers the three questions, also in Markdown", "[tools][sim]") {
    const fs::path md = scratch("research-" + std::to_string(::getpid()) + ".md");
    const auto r =
        sim("research --games 12 --rounds 5 --no-progress --markdown '" + md.string() + "'");
    INFO(r.err);
    REQUIRE(r.code == 0);
    for (const char* q : {"1. Do clustered", "2. Does insertion", "3. Which policy"}) {
        CHECK(r.out.find(q) != std::string::npos);
        CHECK(slurp(md).find(q) != std::string::npos);
    }
    CHECK(r.out.find("±") != std::string::npos);
    fs::remove(md);
}

TEST_CASE("highroad-sim policy plays the same game under each setting", "[tools][sim]") {
    const auto r = sim("policy --scenario brenta --games 2 --rounds 4");
    INFO(r.err);
    REQUIRE(r.code == 0);
    for (const char* arm :
         {"baseline", "cofinancing", "grants", "service-centre", "training", "export-promotion"}) {
        CHECK(r.out.find(arm) != std::string::npos);
    }
}
