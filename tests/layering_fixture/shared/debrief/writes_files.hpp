#pragma once
// Fixture for the layering check: the debrief's library returns text and may not write files.
#include <fstream>
