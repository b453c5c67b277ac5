#include "app/cli/passwordprompt.h"

#include <cstdio>
#include <iostream>
#include <string>

#ifdef Q_OS_WIN
#include <io.h>
#include <windows.h>
#else
#include <termios.h>
#include <unistd.h>
#endif

namespace skl {

namespace {

    // Turns the terminal's echo off for its lifetime. Qt has no API for this: each platform's own
    // call is used, the console mode on Windows and termios elsewhere.
    class EchoOff
    {
    public:
        EchoOff()
        {
#ifdef Q_OS_WIN
            m_input = GetStdHandle(STD_INPUT_HANDLE);
            m_ok = GetConsoleMode(m_input, &m_saved) != 0
                && SetConsoleMode(m_input, m_saved & ~DWORD(ENABLE_ECHO_INPUT)) != 0;
#else
            m_ok = tcgetattr(STDIN_FILENO, &m_saved) == 0;
            if (m_ok) {
                termios quiet = m_saved;
                quiet.c_lflag &= ~tcflag_t(ECHO);
                m_ok = tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet) == 0;
            }
#endif
        }
        ~EchoOff()
        {
            if (!m_ok)
                return;
#ifdef Q_OS_WIN
            SetConsoleMode(m_input, m_saved);
#else
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &m_saved);
#endif
        }
        EchoOff(const EchoOff &) = delete;
        EchoOff &operator=(const EchoOff &) = delete;

    private:
        bool m_ok = false;
#ifdef Q_OS_WIN
        HANDLE m_input = nullptr;
        DWORD m_saved = 0;
#else
        termios m_saved {};
#endif
    };

    bool inputIsTerminal()
    {
#ifdef Q_OS_WIN
        return _isatty(_fileno(stdin)) != 0;
#else
        return isatty(STDIN_FILENO) != 0;
#endif
    }

} // namespace

std::optional<QString> promptPassword(const QString &prompt)
{
    if (!inputIsTerminal())
        return std::nullopt;
    std::fputs(prompt.toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
    std::string line;
    {
        EchoOff quiet;
        if (!std::getline(std::cin, line))
            line.clear();
    }
    std::fputs("\n", stderr);
    return QString::fromLocal8Bit(line.data(), qsizetype(line.size()));
}

} // namespace skl
