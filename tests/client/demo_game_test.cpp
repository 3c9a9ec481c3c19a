// `highroad --solo --demo`: the real client starts the real server as its child, a bot plays the
// player's firm through the network like a person would, and the whole game runs to the debrief
// without anyone at the keyboard. Runs under Xvfb with bin/highroad and bin/highroad-server.
#include <SFML/Graphics/Image.hpp>
#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <random>
#include <set>
#include <string>

namespace {

std::filesystem::path scratch() {
    std::random_device random;
    const auto dir =
        std::filesystem::temp_directory_path() / ("highroad_demo_" + std::to_string(random()));
    std::filesystem::create_directories(dir);
    return dir;
}

std::size_t distinct_colours(const sf::Image& image) {
    std::set<std::uint32_t> colours;
    const auto size = image.getSize();
    for (unsigned y = 0; y < size.y; y += 4) {
        for (unsigned x = 0; x < size.x; x += 4) {
            colours.insert(image.getPixel(x, y).toInteger());
        }
    }
    return colours.size();
}

// Runs the client with its settings, remembered seats and temporary files kept in `dir`.
int run_client(const std::filesystem::path& dir, const std::string& arguments) {
    std::filesystem::create_directories(dir / "tmp");
    const std::string command = "TMPDIR='" + (dir / "tmp").string() + "' XDG_CONFIG_HOME='" +
                                (dir / "config").string() + "' XDG_DATA_HOME='" +
                                (dir / "data").string() + "' '" +
                                (std::filesystem::path(HIGHROAD_BIN_DIR) / "highroad").string() +
                                "' " + arguments + " > '" + (dir / "out.txt").string() + "' 2>&1";
    return std::system(command.c_str());
}

} // namespace

TEST_CASE("a solo game played by --demo reaches the debrief unattended", "[client][e2e][demo]") {
    const auto dir = scratch();
    const auto picture = dir / "debrief.png";
    const std::string scenario = GENERATE(std::string("sinos-valley"), std::string("brenta"));
    INFO("scenario " << scenario);
    const int status = run_client(dir, "--solo --demo --scenario " + scenario +
                                           " --firms 6 --lang en --until debrief --screenshot '" +
                                           picture.string() + "'");
    CHECK(status == 0);
    sf::Image image;
    REQUIRE(image.loadFromFile(picture.string()));
    CHECK(image.getSize() == sf::Vector2u(1280, 800));
    CHECK(distinct_colours(image) > 100);
    // A solo game leaves nothing behind: its database went with its server.
    CHECK(std::filesystem::is_empty(dir / "tmp"));
    std::filesystem::remove_all(dir);
}

TEST_CASE("the --until flag fails when the screen never opens", "[client][e2e][demo]") {
    const auto dir = scratch();
    // Without --demo nobody decides, so the game never ends within the frames allowed.
    const int status = run_client(dir, "--solo --until debrief --frames 60");
    CHECK(status != 0);
    std::filesystem::remove_all(dir);
}
