// What Project::open reports while it reads a tree, and how it is told to stop: a window that
// opens a tree on a worker thread shows the count, and cancels an open the user has replaced.
#pragma once

#include <functional>
#include <stop_token>

namespace Docent {

struct OpenProgress {
    /// Called on the opening thread with `done` of `total` steps: each document's file read, then
    /// parsed, resolved and its skeleton made (four per document). First (0, total), last (total,
    /// total); between them when the count has grown by 1% of the total or 20 ms have passed since
    /// the last call, whichever comes first, so a big tree does not flood the receiver.
    std::function<void(int done, int total)> progress;
    /// Checked between documents: once a stop is requested, the open returns nullopt with the
    /// error "cancelled".
    std::stop_token cancel;
};

} // namespace Docent
