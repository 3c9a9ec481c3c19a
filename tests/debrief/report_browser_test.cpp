// The HTML report in a real browser: headless Chromium (Debian package `chromium`) opens the
// file, which must render with no console message (an error, a blocked resource, a parse
// problem) and with its SVG charts in the page; a screenshot shows what the teacher sees.
// Skipped, with a warning that says why, on a machine without Chromium.
#include "debrief/html_report.hpp"
#include "language_files.hpp"
#include "played_game.hpp"

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>

using namespace hr;
using namespace hr::debrief;

namespace {

std::optional<std::string> chromium_path() {
    for (const char* path : {"/usr/bin/chromium", "/usr/bin/chromium-browser"}) {
        if (std::filesystem::exists(path)) {
            return std::string(path);
        }
    }
    return std::nullopt;
}

std::string read(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

struct BrowserRun {
    int status = -1;
    std::string out;
    std::string err;
};

// Runs Chromium headless on the file with `extra` flags; stdout and stderr kept apart.
BrowserRun run_chromium(const std::string& chromium, const std::filesystem::path& dir,
                        const std::filesystem::path& html, const std::string& extra) {
    const auto out = dir / "chromium.out";
    const auto err = dir / "chromium.err";
    const std::string command =
        "timeout 180 " + chromium +
        " --headless --disable-gpu --no-sandbox --disable-dev-shm-usage --no-first-run"
        " --disable-extensions"
        " --hide-scrollbars --enable-logging=stderr --v=0 --user-data-dir='" +
        (dir / "profile").string() + "' " + extra + " 'file://" + html.string() + "' >'" +
        out.string() + "' 2>'" + err.string() + "'";
    BrowserRun run;
    run.status = std::system(command.c_str());
    run.out = read(out);
    run.err = read(err);
    return run;
}

// The browser's console lines (CONSOLE in Chromium's log), which a clean page has none of.
std::vector<std::string> console_lines(const std::string& log) {
    std::vector<std::string> lines;
    std::istringstream in(log);
    for (std::string line; std::getline(in, line);) {
        if (line.find("CONSOLE") != std::string::npos ||
            line.find("Uncaught") != std::string::npos) {
            lines.push_back(line);
        }
    }
    return lines;
}

std::size_t count(const std::string& text, const std::string& what) {
    std::size_t n = 0;
    for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) {
        ++n;
    }
    return n;
}

// Width and height from a PNG's header.
std::pair<std::uint32_t, std::uint32_t> png_size(const std::string& png) {
    REQUIRE(png.size() > 24);
    REQUIRE(png.compare(1, 3, "PNG") == 0);
    auto be32 = [&](std::size_t at) {
        std::uint32_t v = 0;
        for (std::size_t i = 0; i < 4; ++i) {
            v = (v << 8) | static_cast<unsigned char>(png[at + i]);
        }
        return v;
    };
    return {be32(16), be32(20)};
}

} // namespace

TEST_CASE("the report renders in headless Chromium with its charts and no console message",
          "[debrief][report][browser]") {
    const auto chromium = chromium_path();
    if (!chromium) {
        WARN("chromium is not installed (Debian package `chromium`, in scripts/packages.txt): "
             "the report's browser test is skipped");
        return;
    }
    auto game = test::play_game("sinos-valley", 8);
    const GameRecord record = replay_game(game.log);
    const std::string html =
        html_report(record, answer_research_questions(record.input), test::report_texts("en"));
    std::random_device random;
    const auto dir = std::filesystem::temp_directory_path() /
                     ("highroad_report_browser_" + std::to_string(random()));
    std::filesystem::create_directories(dir);
    const auto page = dir / "report.html";
    std::ofstream(page, std::ios::binary) << html;

    const BrowserRun dom = run_chromium(*chromium, dir, page, "--dump-dom");
    CAPTURE(dom.err);
    REQUIRE(dom.status == 0);
    CHECK(console_lines(dom.err).empty());
    // The browser's own document: the sections and every chart made it into the page.
    CHECK(dom.out.find("<section id=\"questions\">") != std::string::npos);
    CHECK(count(dom.out, "<svg ") == 1 + 8 + 9 + 1);
    CHECK(count(dom.out, "<circle ") >= 2 * 8 * 10); // a dot per firm and round, twice
    CHECK(dom.out.find(record.game_over.scores[0].name) != std::string::npos);

    const char* keep = std::getenv("HIGHROAD_SCREENSHOT_DIR");
    const auto shot =
        (keep != nullptr && *keep != '\0' ? std::filesystem::path(keep) : dir) / "report.png";
    const BrowserRun picture = run_chromium(
        *chromium, dir, page, "--window-size=1280,1600 --screenshot='" + shot.string() + "'");
    CAPTURE(picture.err);
    REQUIRE(picture.status == 0);
    CHECK(console_lines(picture.err).empty());
    const std::string png = read(shot);
    const auto [width, height] = png_size(png);
    CHECK(width == 1280);
    CHECK(height == 1600);
    CHECK(png.size() > 50'000); // a blank page compresses to a few kilobytes
    std::filesystem::remove_all(dir);
}

TEST_CASE("the browser check sees a page's console message", "[debrief][report][browser]") {
    const auto chromium = chromium_path();
    if (!chromium) {
        WARN("chromium is not installed (Debian package `chromium`): the check is skipped");
        return;
    }
    std::random_device random;
    const auto dir = std::filesystem::temp_directory_path() /
                     ("highroad_report_browser_" + std::to_string(random()));
    std::filesystem::create_directories(dir);
    const auto page = dir / "broken.html";
    std::ofstream(page) << "<!DOCTYPE html><html><body><script>console.error(\"boom\")</script>"
                           "</body></html>";
    const BrowserRun run = run_chromium(*chromium, dir, page, "--dump-dom");
    const auto lines = console_lines(run.err);
    REQUIRE(lines.size() == 1);
    CHECK(lines[0].find("boom") != std::string::npos);
    std::filesystem::remove_all(dir);
}
