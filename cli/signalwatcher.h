// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>
#include <memory>

class QSocketNotifier;

namespace Dockwright::Cli {

// Hands POSIX signals (Ctrl+C's SIGINT, SIGTERM) to the event loop while it lives: the handler only
// writes the signal number to a self-pipe, a QSocketNotifier reads it and emits signalled(). The
// previous handlers come back when it is destroyed. One watcher at a time.
class SignalWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignalWatcher)
public:
    explicit SignalWatcher(const QList<int> &signalNumbers, QObject *parent = nullptr);
    ~SignalWatcher() override;

Q_SIGNALS:
    void signalled(int signal);

private:
    std::unique_ptr<QSocketNotifier> m_notifier;
    struct Saved;
    std::unique_ptr<Saved> m_saved;
};

} // namespace Dockwright::Cli
