#pragma once
// Fixture for the layering check: the client must not include the server.
#include "server/room.hpp"
