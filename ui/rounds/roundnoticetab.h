#pragma once

#include <QWidget>

#include "ui/rounds/roundcontext.h"

class QLabel;
class QPushButton;

namespace skl {

// 公示 and 上报: the notice period (posted, last day, working days), 发布公示 on a date (hr), the
// notice printed or saved as a PDF (RoundNotice), 提前结束公示 with a reason (an approver), and
// the report to the provincial system with its date and reference (hr).
class RoundNoticeTab : public QWidget
{
    Q_OBJECT
public:
    explicit RoundNoticeTab(QWidget *parent = nullptr);

    void show(const RoundContext &context);
    QLabel *periodLabel() const { return m_period; }
    QLabel *reportLabel() const { return m_report; }
    QPushButton *postButton() const { return m_post; }
    QPushButton *printButton() const { return m_print; }
    QPushButton *pdfButton() const { return m_pdf; }
    QPushButton *overrideButton() const { return m_override; }
    QPushButton *reportButton() const { return m_recordReport; }

    bool post(QDate day);
    bool endEarly(const QString &reason);
    bool recordReport(QDate on, const QString &reference);
    // Writes the notice as a PDF off the GUI thread; finished(true) once written.
    void writePdf(const QString &path, std::function<void(bool)> finished = {});

Q_SIGNALS:
    void written();

private:
    void askToPost();
    void printNotice();
    void askForPdf();
    void askToEndEarly();
    void askToRecordReport();

    std::optional<RoundContext> m_context;
    QLabel *m_period;
    QLabel *m_report;
    QPushButton *m_post;
    QPushButton *m_print;
    QPushButton *m_pdf;
    QPushButton *m_override;
    QPushButton *m_recordReport;
};

} // namespace skl
