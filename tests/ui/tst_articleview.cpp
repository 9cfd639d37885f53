#include "articleview.h"

#include <QSignalSpy>
#include <QTextBlock>
#include <QtTest>

using namespace al;

class TestArticleView : public QObject
{
    Q_OBJECT

private:
    static Analysis sample()
    {
        Analysis a;
        a.text =
            QStringLiteral("Ferry deal signed\n\nMayor Ines Okafor met port officials in Lagos on Tuesday.");
        a.titleEnd = 17;
        Entity person{QStringLiteral("e1"), 25, 36, QStringLiteral("Ines Okafor"), QStringLiteral("PERSON"),
                      QStringLiteral("a1"), 1.0};
        Entity place{QStringLiteral("e2"), 59, 64, QStringLiteral("Lagos"), QStringLiteral("LOCATION"),
                     QStringLiteral("a2"), 1.0};
        a.entities = {person, place};
        Actor actor;
        actor.id = QStringLiteral("a1");
        actor.name = QStringLiteral("Ines Okafor");
        actor.type = QStringLiteral("PERSON");
        actor.roles = {QStringLiteral("mayor")};
        a.actors = {actor};
        Timex t;
        t.id = QStringLiteral("t1");
        t.start = 65;
        t.end = 75;
        t.text = QStringLiteral("on Tuesday");
        t.type = QStringLiteral("DATE");
        t.value = QStringLiteral("2024-03-12");
        a.timexes = {t};
        return a;
    }

private Q_SLOTS:
    // A long text is laid into its document off the GUI thread and coloured where the reader
    // looks first, the rest in slices; then every name has its colour.
    void longTextIsShownAndHighlightedInSteps()
    {
        ArticleView view;
        view.resize(800, 600);
        view.show();
        Analysis a;
        const QString paragraph = QStringLiteral("Mayor Ines Okafor met port officials in Lagos on Tuesday.");
        for (int i = 0; i < 4000; ++i)
            a.text += paragraph + QStringLiteral("\n\n");
        QVERIFY(a.text.size() > ArticleView::kSyncCharacters);
        for (int i = 0; i < 4000; ++i) {
            const int at = int(i * (paragraph.size() + 2));
            a.entities << Entity{
                QStringLiteral("e%1").arg(i), at + 6,    at + 17, QStringLiteral("Ines Okafor"),
                QStringLiteral("PERSON"),     QString(), 1.0};
        }
        QSignalSpy shown(&view, &ArticleView::textShown);
        view.showArticle(a.text, 0);
        QVERIFY(view.isLoading());
        QVERIFY(shown.wait(20000));
        QCOMPARE(view.toPlainText(), a.text);
        view.showAnalysis(a);
        QVERIFY(view.isHighlighting());
        QTRY_VERIFY_WITH_TIMEOUT(!view.isHighlighting(), 20000);
        const QTextBlock last = view.document()->findBlock(a.entities.last().start);
        bool coloured = false;
        for (const QTextLayout::FormatRange &f : last.layout()->formats())
            coloured =
                coloured || (f.start == 6 && f.length == 11 && f.format.background().style() != Qt::NoBrush);
        QVERIFY(coloured);
        // The search runs over the text: case ignored, forward and back.
        QCOMPARE(view.findText(QStringLiteral("LAGOS"), 0, false),
                 int(paragraph.indexOf(QStringLiteral("Lagos"))));
        const int end = int(a.text.size());
        QCOMPARE(view.findText(QStringLiteral("lagos"), end, true),
                 int(a.text.lastIndexOf(QStringLiteral("Lagos"))));
        QCOMPARE(view.findText(QStringLiteral("Nairobi"), 0, false), -1);
    }

    void spansAndTooltips()
    {
        ArticleView view;
        const Analysis a = sample();
        QCOMPARE(a.text.mid(25, 11), QStringLiteral("Ines Okafor"));
        QCOMPARE(a.text.mid(59, 5), QStringLiteral("Lagos"));
        view.showArticle(a.text, a.titleEnd);
        view.showAnalysis(a);
        QCOMPARE(view.toPlainText(), a.text);
        const HighlightSpan *s = view.highlighter()->spanAt(30);
        QVERIFY(s);
        QCOMPARE(s->type, QStringLiteral("PERSON"));
        QCOMPARE(s->key, QStringLiteral("a1"));
        QVERIFY(view.tooltip(*s).contains(QStringLiteral("mayor")));
        QVERIFY(!view.highlighter()->spanAt(40));
        const HighlightSpan *d = view.highlighter()->spanAt(70);
        QVERIFY(d);
        QVERIFY(view.tooltip(*d).contains(QStringLiteral("Tuesday 12 March 2024")));
    }

    void hiddenTypesAreNotHit()
    {
        ArticleView view;
        const Analysis a = sample();
        view.showArticle(a.text, a.titleEnd);
        view.showAnalysis(a);
        view.setHiddenTypes({QStringLiteral("PERSON")});
        QVERIFY(!view.highlighter()->spanAt(30));
        QVERIFY(view.highlighter()->spanAt(60));
    }

    void formatsPainted()
    {
        ArticleView view;
        const Analysis a = sample();
        view.showArticle(a.text, a.titleEnd);
        view.showAnalysis(a);
        const QTextBlock block = view.document()->findBlock(30);
        const QList<QTextLayout::FormatRange> formats = block.layout()->formats();
        bool found = false;
        for (const auto &f : formats)
            if (block.position() + f.start == 25 && f.length == 11 &&
                f.format.background().style() != Qt::NoBrush)
                found = true;
        QVERIFY(found);
    }

    void clickSelectsSpan()
    {
        ArticleView view;
        view.resize(900, 600);
        const Analysis a = sample();
        view.showArticle(a.text, a.titleEnd);
        view.showAnalysis(a);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QSignalSpy clicked(&view, &ArticleView::spanClicked);
        QTextCursor c(view.document());
        c.setPosition(28);
        const QPoint p = view.cursorRect(c).center();
        QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, p);
        QCOMPARE(clicked.size(), 1);
        QCOMPARE(clicked.first().first().toString(), QStringLiteral("a1"));
    }

    void referencesPointToTheirActor()
    {
        ArticleView view;
        Analysis a = sample();
        a.text += QStringLiteral(" She left.");
        const int she = int(a.text.indexOf(QStringLiteral("She")));
        a.actors[0].references = {
            ActorReference{she, she + 3, QStringLiteral("She"), QStringLiteral("pronoun")}};
        view.showArticle(a.text, a.titleEnd);
        view.showAnalysis(a);
        const HighlightSpan *s = view.highlighter()->spanAt(she + 1);
        QVERIFY(s);
        QVERIFY(s->reference);
        QCOMPARE(s->key, QStringLiteral("a1"));
        QVERIFY(view.tooltip(*s).contains(QStringLiteral("Ines Okafor")));
    }

    void describeValues()
    {
        Timex t;
        t.value = QStringLiteral("2023-05");
        QCOMPARE(ArticleView::describeValue(t), QStringLiteral("May 2023"));
        t.value = QStringLiteral("2023-06-05");
        QCOMPARE(ArticleView::describeValue(t), QStringLiteral("Monday 5 June 2023"));
    }
};

QTEST_MAIN(TestArticleView)
#include "tst_articleview.moc"
