// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QTimer>

namespace Dockwright::Bench {

// Ticks every `interval` ms on the GUI thread and keeps the largest delay beyond that: the longest
// stall of the event loop between start() and stop().
class StallMeter
{
public:
    explicit StallMeter(int interval)
        : m_interval(interval)
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(interval);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            m_worst = qMax(m_worst, (now - m_last) / 1e6 - m_interval);
            m_last = now;
        });
    }
    void start()
    {
        m_worst = 0;
        m_clock.start();
        m_last = 0;
        m_timer.start();
    }
    double stop() // ms
    {
        m_timer.stop();
        return m_worst;
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    double m_worst = 0;
    int m_interval;
};

} // namespace Dockwright::Bench
