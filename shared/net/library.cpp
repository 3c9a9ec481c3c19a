#include "net/library.hpp"

#include "net/net_error.hpp"

#include <enet/enet.h>

#include <mutex>

namespace hr::net {

namespace {

std::mutex& library_mutex() {
    static std::mutex m;
    return m;
}

int& library_users() {
    static int users = 0;
    return users;
}

void acquire() {
    const std::lock_guard lock(library_mutex());
    if (library_users() == 0 && enet_initialize() != 0) {
        throw NetError("ENet failed to initialise");
    }
    ++library_users();
}

void release() {
    const std::lock_guard lock(library_mutex());
    if (--library_users() == 0) {
        enet_deinitialize();
    }
}

} // namespace

Library::Library() {
    acquire();
}

Library::Library(const Library&) {
    acquire();
}

// Both sides already hold one reference each: assignment changes nothing.
Library& Library::operator=(const Library&) {
    return *this;
}

Library::~Library() {
    release();
}

int Library::users() {
    const std::lock_guard lock(library_mutex());
    return library_users();
}

} // namespace hr::net
