// What Project::open reports while it reads a tree, and how it is told to stop: a window that
// opens a tree on a worker thread shows the count, and cancels an open the user has replaced.
#pragma once

#include <chrono>
#include <functional>
#include <stop_token>

namespace Docent {

class Project;

struct OpenProgress {
    /// Called on the opening thread with `done` of `total` steps: each document's file read, then
    /// parsed, resolved and its skeleton made (four per document). First (0, total), last (total,
    /// total); between them when the count has grown by 1% of the total or 20 ms have passed since
    /// the last call, whichever comes first, so a big tree does not flood the receiver.
    std::function<void(int done, int total)> progress;
    /// Checked between documents: once a stop is requested, the open returns nullopt with the
    /// error "cancelled".
    std::stop_token cancel;
    /// Called on the opening thread between documents while they are read, once readSoFarAfter
    /// has passed and then at intervals twice as long each time (so all the calls together cost
    /// about as much as one on the whole tree), with the project as read so far: the documents
    /// read, their titles, toctrees and skeletons, nothing numbered or resolved. What the receiver
    /// takes from it must be copied: the project goes on changing.
    std::function<void(const Project &readSoFar)> readSoFar;
    /// A tree read sooner is not looked at before it is whole; zero: after every document.
    std::chrono::milliseconds readSoFarAfter{1000};
};

} // namespace Docent
