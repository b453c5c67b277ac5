#include "ui/recognition/honourdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>

#include "core/store/connection.h"
#include "core/store/honourstore.h"
#include "ui/help/helptopic.h"
#include "ui/widgets/datefield.h"
#include "ui/widgets/errorpresenter.h"

using namespace Qt::StringLiterals;

namespace skl {

namespace {

    // The honours DOMAIN.md §5 names, offered first; any other is typed.
    const QStringList &usualHonours()
    {
        static const QStringList names { u"中华技能大奖"_s, u"全国技术能手"_s, u"全国劳动模范"_s,
            u"五一劳动奖章"_s, u"青年五四奖章"_s, u"青年岗位能手"_s, u"三八红旗手"_s,
            u"巾帼建功标兵"_s, u"政府特殊津贴"_s };
        return names;
    }

} // namespace

HonourDialog::HonourDialog(
    Connection &connection, const Officer &officer, const QString &employeeNo, QWidget *parent)
    : QDialog(parent)
    , m_connection(connection)
    , m_officer(officer)
    , m_employee(new QLineEdit(employeeNo, this))
    , m_name(new QComboBox(this))
    , m_level(new QComboBox(this))
    , m_date(new DateField(this))
    , m_body(new QLineEdit(this))
{
    setWindowTitle(tr("Record an honour"));
    HelpTopic::set(this, u"recognition"_s);
    m_employee->setReadOnly(!employeeNo.isEmpty());
    m_name->setEditable(true);
    m_name->addItems(usualHonours());
    m_name->setCurrentIndex(-1);
    for (HonourLevel level : { HonourLevel::National, HonourLevel::Provincial,
             HonourLevel::Municipal, HonourLevel::Industry, HonourLevel::Enterprise })
        m_level->addItem(RecognitionNames::display(level), int(level));
    m_level->setCurrentIndex(m_level->findData(int(HonourLevel::Enterprise)));
    m_body->setPlaceholderText(tr("e.g. 人力资源社会保障部, 山东省总工会"));

    auto *form = new QFormLayout;
    form->addRow(tr("Employee No."), m_employee);
    form->addRow(tr("Honour"), m_name);
    form->addRow(tr("Level"), m_level);
    form->addRow(tr("Awarded on"), m_date);
    form->addRow(tr("Awarding body"), m_body);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &HonourDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &HonourDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

void HonourDialog::accept()
{
    HonourInput input;
    input.employeeNo = m_employee->text().trimmed();
    input.name = m_name->currentText().trimmed();
    input.level = HonourLevel(m_level->currentData().toInt());
    input.awardedOn = m_date->date();
    input.body = m_body->text().trimmed();
    input.by = m_officer;
    const auto id = HonourStore::add(m_connection.db(), input);
    if (!id) {
        ErrorPresenter::show(this, windowTitle(), id.error());
        return;
    }
    Q_EMIT honourAdded(*id);
    QDialog::accept();
}

} // namespace skl
