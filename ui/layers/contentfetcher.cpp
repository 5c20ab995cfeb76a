// SPDX-License-Identifier: GPL-3.0-or-later
#include "contentfetcher.h"

#include "core/image/layercontentreader.h"

using namespace Dockwright::Core;

namespace Dockwright::Ui {

ContentFetcher::ContentFetcher(QObject *parent)
    : QObject(parent)
{ }

ContentFetcher::~ContentFetcher() = default;

quint64 ContentFetcher::fetch(const LayeredImagePtr &image, const QList<int> &layers, const QByteArray &path)
{
    return m_jobs.start(
        [image, layers, path](const JobControl &control) {
            Result result;
            for (int layer : layers) {
                ImageError error;
                result.texts.append(LayerContentReader::readText(
                    *image, layer, path, &error, LayerContentReader::DefaultCap, control.stopFlag()));
                result.errors.append(error);
            }
            return result;
        },
        [this](const Result &result) { Q_EMIT fetched(m_jobs.currentJobId(), result); });
}

} // namespace Dockwright::Ui
