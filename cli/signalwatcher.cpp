// SPDX-License-Identifier: GPL-3.0-or-later
#include "signalwatcher.h"

#include <QHash>
#include <QSocketNotifier>
#include <csignal>
#include <unistd.h>

namespace Dockwright::Cli {

namespace {

int g_pipe[2] = {-1, -1};

void onSignal(int signal)
{
    const char byte = char(signal);
    [[maybe_unused]] const auto written = ::write(g_pipe[1], &byte, 1);
}

} // namespace

struct SignalWatcher::Saved
{
    QHash<int, struct sigaction> previous;
};

SignalWatcher::SignalWatcher(const QList<int> &signalNumbers, QObject *parent)
    : QObject(parent)
    , m_saved(std::make_unique<Saved>())
{
    if (g_pipe[0] >= 0 || ::pipe(g_pipe) != 0)
        return;
    m_notifier = std::make_unique<QSocketNotifier>(g_pipe[0], QSocketNotifier::Read);
    connect(m_notifier.get(), &QSocketNotifier::activated, this, [this] {
        char byte = 0;
        if (::read(g_pipe[0], &byte, 1) == 1)
            Q_EMIT signalled(int(byte));
    });
    for (int signal : signalNumbers) {
        struct sigaction action {};
        action.sa_handler = onSignal;
        sigemptyset(&action.sa_mask);
        struct sigaction previous {};
        if (::sigaction(signal, &action, &previous) == 0)
            m_saved->previous.insert(signal, previous);
    }
}

SignalWatcher::~SignalWatcher()
{
    for (auto it = m_saved->previous.cbegin(); it != m_saved->previous.cend(); ++it)
        ::sigaction(it.key(), &it.value(), nullptr);
    if (!m_notifier)
        return;
    m_notifier.reset();
    ::close(g_pipe[0]);
    ::close(g_pipe[1]);
    g_pipe[0] = g_pipe[1] = -1;
}

} // namespace Dockwright::Cli
