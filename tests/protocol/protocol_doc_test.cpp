// docs/PROTOCOL.md lists every message of the catalog with its id and channel.
#include "protocol/message_catalog.hpp"

#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>
#include <string>

TEST_CASE("the protocol page lists every message with its id and channel", "[protocol]") {
    std::ifstream in(std::string(HIGHROAD_SOURCE_DIR) + "/docs/PROTOCOL.md");
    REQUIRE(in.good());
    std::stringstream text;
    text << in.rdbuf();
    const std::string doc = text.str();
    for (const auto& info : hr::proto::message_catalog()) {
        const std::string channel = info.type == hr::proto::MessageType::Error
                                        ? "same as the refused message"
                                    : info.channel == hr::proto::Channel::Control ? "Control"
                                    : info.channel == hr::proto::Channel::Game    ? "Game"
                                                                                  : "Chat";
        const std::string row = "| " + std::to_string(static_cast<int>(info.type)) + " | " +
                                std::string(info.name) + " | " + channel + " |";
        INFO(row);
        CHECK(doc.find(row) != std::string::npos);
    }
}
