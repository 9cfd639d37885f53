#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

// Reading an article never touches the network and never opens a file the article names. The real
// CLI runs under strace, which records every socket, connection and file the process (and any
// child) opens; the pages name remote and local scripts, styles, images, frames, a meta refresh
// and an external XML entity, and the local ones exist, so a reader that fetched them would be
// seen opening them.
class TestOffline : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_strace;
    const QStringList m_named = {QStringLiteral("secret.txt"), QStringLiteral("local.png"),
                                 QStringLiteral("style.css"),  QStringLiteral("app.js"),
                                 QStringLiteral("frame.html"), QStringLiteral("next.html"),
                                 QStringLiteral("sheet.xsl"),  QStringLiteral("clip.swf")};

    void write(const QString &name, const QByteArray &bytes)
    {
        QFile f(m_dir.filePath(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_strace = QStandardPaths::findExecutable(QStringLiteral("strace"));
        QVERIFY2(!m_strace.isEmpty(), "strace is missing (scripts/deps.sh installs it)");
        for (const QString &name : m_named)
            write(name, "canaryword " + name.toUtf8() + "\n");
        const QByteArray secret = QFile::encodeName(m_dir.filePath(QStringLiteral("secret.txt")));
        write(
            QStringLiteral("page.html"),
            "<?xml version=\"1.0\"?>\n"
            "<?xml-stylesheet type=\"text/xsl\" href=\"sheet.xsl\"?>\n"
            "<!DOCTYPE html [<!ENTITY local SYSTEM \"secret.txt\"><!ENTITY abs SYSTEM \"file://" +
                secret +
                "\"><!ENTITY remote SYSTEM \"http://192.0.2.1/entity.txt\">]>\n"
                "<html><head><title>Ferry strike ends | Coast Weekly</title>\n"
                "<meta http-equiv=\"refresh\" content=\"0;url=next.html\">\n"
                "<meta http-equiv=\"refresh\" content=\"5;url=http://192.0.2.1/next\">\n"
                "<link rel=\"stylesheet\" href=\"style.css\"><link rel=\"stylesheet\" "
                "href=\"http://192.0.2.1/site.css\">\n"
                "<script src=\"app.js\"></script><script src=\"http://192.0.2.1/app.js\"></script>\n"
                "<style>@import url(\"http://192.0.2.1/more.css\"); body{background:url(local.png)}</style>\n"
                "<base href=\"http://192.0.2.1/\">\n"
                "</head><body><article><h1>Ferry strike ends</h1>\n"
                "<p>Ferry crews returned to work on Tuesday after a four-day strike, the union said. &local; "
                "&abs; &remote;</p>\n"
                "<img src=\"local.png\"><img src=\"http://192.0.2.1/photo.jpg\" "
                "srcset=\"http://192.0.2.1/a.jpg 2x\">\n"
                "<iframe src=\"frame.html\"></iframe><iframe src=\"http://192.0.2.1/video\"></iframe>\n"
                "<embed src=\"clip.swf\"><object data=\"http://192.0.2.1/x.swf\"></object>\n"
                "<p>Services to the islands resume on Wednesday morning.</p>\n"
                "</article></body></html>\n");
        write(QStringLiteral("page.md"), "# Ferry strike ends\n\n"
                                         "Ferry crews returned to work on Tuesday. ![photo](local.png) "
                                         "![remote](http://192.0.2.1/photo.jpg)\n\n"
                                         "<img src=\"local.png\"> <iframe src=\"frame.html\"></iframe>\n"
                                         "<script src=\"app.js\"></script>\n\n"
                                         "[more](http://192.0.2.1/more) and <http://192.0.2.1/auto>.\n");
    }

    void readsNothingItNames_data()
    {
        QTest::addColumn<QString>("article");
        QTest::newRow("html") << QStringLiteral("page.html");
        QTest::newRow("markdown") << QStringLiteral("page.md");
    }

    void readsNothingItNames()
    {
        QFETCH(QString, article);
        const QString trace = m_dir.filePath(article + QStringLiteral(".strace"));
        QProcess p;
        p.setWorkingDirectory(m_dir.path()); // relative names resolve here, where the files are
        // In the sanitized build: LeakSanitizer stops the process's threads with ptrace at exit,
        // which a process strace already traces cannot allow; the leak check is other tests' job.
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        const QString asan = env.value(QStringLiteral("ASAN_OPTIONS"));
        env.insert(QStringLiteral("ASAN_OPTIONS"),
                   asan + (asan.isEmpty() ? "" : ":") + QStringLiteral("detect_leaks=0"));
        p.setProcessEnvironment(env);
        p.start(m_strace,
                {QStringLiteral("-f"), QStringLiteral("-qq"), QStringLiteral("-o"), trace,
                 QStringLiteral("-e"),
                 QStringLiteral("trace=socket,connect,sendto,sendmsg,open,openat,openat2,creat,execve"),
                 QStringLiteral(CLI_PATH), QStringLiteral("analyze"), m_dir.filePath(article),
                 QStringLiteral("--compact")});
        QVERIFY(p.waitForFinished(180000));
        const QByteArray out = p.readAllStandardOutput();
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        QVERIFY(out.contains("Ferry crews returned to work on Tuesday"));
        QVERIFY2(!out.contains("canaryword"), out.constData());

        QFile f(trace);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().split('\n');
        QVERIFY(lines.size() > 10); // strace saw the process
        int opened = 0;
        for (const QByteArray &line : lines) {
            QVERIFY2(!line.contains("AF_INET") && !line.contains("AF_NETLINK"), line.constData());
            if (line.contains("execve("))
                QVERIFY2(line.contains("articlelens-cli"), line.constData());
            if (line.contains(article.toUtf8()))
                ++opened;
            for (const QString &name : m_named)
                QVERIFY2(!line.contains('/' + name.toUtf8()) && !line.contains('"' + name.toUtf8()),
                         line.constData());
        }
        QVERIFY2(opened > 0, "the trace shows the article being opened"); // the check can see opens
    }
};

QTEST_GUILESS_MAIN(TestOffline)
#include "tst_offline.moc"
