#include "net/library.hpp"

#include "net/host.hpp"

#include <catch2/catch.hpp>

#include <thread>
#include <vector>

using hr::net::Host;
using hr::net::Library;

TEST_CASE("ENet stays initialised while any user remains", "[net]") {
    const int before = Library::users();
    {
        const Library a;
        REQUIRE(Library::users() == before + 1);
        {
            const Library b = a;
            REQUIRE(Library::users() == before + 2);
            Host host = Host::client();
            REQUIRE(Library::users() == before + 3);
        }
        REQUIRE(Library::users() == before + 1);
    }
    REQUIRE(Library::users() == before);
}

TEST_CASE("hosts can be made again after every user has gone", "[net]") {
    const int before = Library::users();
    for (int i = 0; i < 3; ++i) {
        Host server = Host::server("127.0.0.1", 0);
        REQUIRE(server.port() != 0);
    }
    REQUIRE(Library::users() == before);
}

TEST_CASE("users may come and go from several threads at once", "[net]") {
    const int before = Library::users();
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([] {
            for (int i = 0; i < 2000; ++i) {
                const Library library;
            }
        });
    }
    for (auto& t : threads) {
        t.join();
    }
    REQUIRE(Library::users() == before);
}
