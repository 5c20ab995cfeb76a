// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobtracker.h"

#include <QCoreApplication>
#include <QThread>
#include <algorithm>

namespace Dockwright::Core {

QThreadPool *JobTracker::pool()
{
    // A job that waits on the engine or on a slow disk holds its thread; with only as many threads as
    // cores (two on a small laptop) it would queue the editor's lint behind it. The pool lives until
    // the application ends; threads not used for 30 s go away.
    static QThreadPool *instance = [] {
        auto *p = new QThreadPool(QCoreApplication::instance());
        p->setObjectName(QStringLiteral("dockwright-jobs"));
        p->setMaxThreadCount(std::max(8, QThread::idealThreadCount() * 2));
        return p;
    }();
    return instance;
}

QThreadPool *JobTracker::serialPool()
{
    static QThreadPool *instance = [] {
        auto *p = new QThreadPool(QCoreApplication::instance());
        p->setObjectName(QStringLiteral("dockwright-files"));
        p->setMaxThreadCount(1);
        return p;
    }();
    return instance;
}

} // namespace Dockwright::Core
