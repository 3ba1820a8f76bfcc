// The Plans sidebar: pages listed under landing-page sections about plans ("Forward Looking
// Plans", "Roadmap" ...), with their description and how many todo notes they hold.
#pragma once

#include "navigation/navigationtree.h"

#include <QStandardItemModel>

namespace Docent {

class PlanModel final : public QStandardItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlanModel)
public:
    enum Role { DocnameRole = Qt::UserRole + 1, TodoCountRole };

    explicit PlanModel(QObject *parent = nullptr);
    void setPlans(const std::vector<NavNode> &plans, const std::vector<TodoNote> &todos);
};

} // namespace Docent
