#include "articleview.h"

#include <QScrollBar>
#include <QSignalSpy>
#include <QTextBlock>
#include <QVBoxLayout>
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

    // The structure a reader kept is drawn: a larger bold heading, bullets drawn by a list,
    // italics, an indented quote; the text's characters stay the same (issue 12).
    void structureIsDrawn()
    {
        const QString text =
            QStringLiteral("Title\n\nBody with a word.\n\nSection\n\nFirst item\nSecond item\n\nA quote.");
        auto at = [&text](const QString &s) { return int(text.indexOf(s)); };
        QVector<TextStyle> styles = {
            {at(QStringLiteral("word")), at(QStringLiteral("word")) + 4, QStringLiteral("emphasis"), 0},
            {at(QStringLiteral("Section")), at(QStringLiteral("Section")) + 7, QStringLiteral("heading"), 2},
            {at(QStringLiteral("First")), at(QStringLiteral("First")) + 10, QStringLiteral("item"), 1},
            {at(QStringLiteral("Second")), at(QStringLiteral("Second")) + 11, QStringLiteral("item"), 1},
            {at(QStringLiteral("A quote")), at(QStringLiteral("A quote")) + 8, QStringLiteral("quote"), 1}};
        ArticleView view;
        view.showArticle(text, 5, styles);
        QCOMPARE(view.toPlainText(), text);
        QTextDocument *doc = view.document();
        auto charAt = [doc](int pos) {
            QTextCursor c(doc);
            c.setPosition(pos + 1);
            return c.charFormat();
        };
        const QTextCharFormat body = charAt(at(QStringLiteral("Body")));
        QVERIFY(charAt(at(QStringLiteral("word"))).fontItalic());
        QVERIFY(!body.fontItalic());
        QCOMPARE(charAt(at(QStringLiteral("Section"))).fontWeight(), int(QFont::Bold));
        QVERIFY(charAt(at(QStringLiteral("Section"))).fontPointSize() > body.fontPointSize());
        // Bullets and quote rules are drawn beside the paragraphs (the plain-text layout has
        // no lists or indents); the view knows which paragraphs they are.
        QCOMPARE(view.structureAt(at(QStringLiteral("First"))), QStringLiteral("item"));
        QCOMPARE(view.structureAt(at(QStringLiteral("Second"))), QStringLiteral("item"));
        QCOMPARE(view.structureAt(at(QStringLiteral("Body"))), QString());
        QCOMPARE(view.structureAt(at(QStringLiteral("A quote"))), QStringLiteral("quote"));
        QVERIFY(charAt(at(QStringLiteral("A quote"))).fontItalic());
        // A zoom keeps the structure, headings growing with the text.
        const qreal heading = charAt(at(QStringLiteral("Section"))).fontPointSize();
        view.zoomBy(1);
        QVERIFY(charAt(at(QStringLiteral("Section"))).fontPointSize() > heading);
        QCOMPARE(view.structureAt(at(QStringLiteral("Second"))), QStringLiteral("item"));
        QVERIFY(charAt(at(QStringLiteral("word"))).fontItalic());
    }

    // A text given while the view is hidden (behind the empty window's hint) wraps to the
    // column once the view is shown: nothing is cut at its right edge, no sideways scrolling.
    void textGivenWhileHiddenWrapsWhenShown()
    {
        QWidget window;
        window.resize(1200, 700);
        auto *layout = new QVBoxLayout(&window);
        auto *placeholder = new QWidget(&window);
        auto *view = new ArticleView(&window);
        layout->addWidget(placeholder);
        layout->addWidget(view);
        view->hide();
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QString text = QStringLiteral("Title\n\n");
        for (int i = 0; i < 20; ++i)
            text +=
                QStringLiteral("The ferry crews of the northern coast met the operator again on Monday and "
                               "talked until late in the evening about wages. ");
        view->showArticle(text, 5);
        placeholder->hide();
        view->show();
        QTest::qWait(50);
        QCOMPARE(view->horizontalScrollBar()->maximum(), 0);
        const QTextBlock body = view->document()->findBlockByNumber(2);
        QVERIFY(body.layout() && body.layout()->lineCount() > 1);
        for (int i = 0; i < body.layout()->lineCount(); ++i)
            QVERIFY(body.layout()->lineAt(i).naturalTextWidth() <= view->viewport()->width());
    }

    void describeValues()
    {
        Timex t;
        t.value = QStringLiteral("2023-05");
        QCOMPARE(ArticleView::describeValue(t), QStringLiteral("May 2023"));
        t.value = QStringLiteral("2023-06-05");
        QCOMPARE(ArticleView::describeValue(t), QStringLiteral("Monday 5 June 2023"));
        // Durations and vague times in words, never their TIMEX3 codes (issue 12).
        t.type = QStringLiteral("DURATION");
        t.value = QStringLiteral("PXM");
        QCOMPARE(ArticleView::describeValue(t), QStringLiteral("some months"));
        t.value = QStringLiteral("P2Y");
        QCOMPARE(ArticleView::describeValue(t), QStringLiteral("two years"));
        t.type = QStringLiteral("DATE");
        t.value = QStringLiteral("PRESENT_REF");
        t.begin = t.endDate = QStringLiteral("2023-06-06");
        QCOMPARE(ArticleView::describeValue(t), QStringLiteral("the present"));
    }
};

QTEST_MAIN(TestArticleView)
#include "tst_articleview.moc"
