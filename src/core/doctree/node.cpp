#include "node.h"

#include <QRegularExpression>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <iterator>

namespace Docent {
namespace {

// A document's arena: memory handed out by bumping a pointer through blocks that are only freed
// all together, with the arena. Node::create allocates from it without a virtual call; the
// nodes' attribute and child lists reach it through std::pmr, where freeing is a no-op.
class Arena final : public std::pmr::memory_resource
{
public:
    ~Arena() override
    {
        for (const Block &b : m_blocks)
            ::operator delete(b.memory, std::align_val_t(alignof(std::max_align_t))); // unsized: clang 14 has no sized delete by default
    }

    void *allocateFast(size_t bytes, size_t align)
    {
        const std::uintptr_t p = (m_next + align - 1) & ~std::uintptr_t(align - 1);
        if (p + bytes > m_end || p < m_next) [[unlikely]]
            return allocateInNewBlock(bytes, align);
        m_next = p + bytes;
        return reinterpret_cast<void *>(p);
    }

private:
    struct Block {
        void *memory;
        size_t size;
    };

    // Blocks start at this size and double; a typical page fills a few of them.
    static constexpr size_t kFirstBlock = 64 * 1024;

    // Out of line, so that allocateFast stays small enough to inline.
    [[gnu::noinline]] void *allocateInNewBlock(size_t bytes, size_t align)
    {
        size_t size = m_blocks.empty() ? kFirstBlock : m_blocks.back().size * 2;
        while (size < bytes + align)
            size *= 2;
        void *memory = ::operator new(size, std::align_val_t(alignof(std::max_align_t)));
        m_blocks.push_back({memory, size});
        m_end = reinterpret_cast<std::uintptr_t>(memory) + size;
        const std::uintptr_t p = (reinterpret_cast<std::uintptr_t>(memory) + align - 1) & ~std::uintptr_t(align - 1);
        m_next = p + bytes; // the block holds bytes + align, so this fits
        return reinterpret_cast<void *>(p);
    }

    void *do_allocate(size_t bytes, size_t align) override { return allocateFast(bytes, align); }
    void do_deallocate(void *, size_t, size_t) override {}
    bool do_is_equal(const std::pmr::memory_resource &other) const noexcept override { return this == &other; }

    std::uintptr_t m_next = 0, m_end = 0;
    std::vector<Block> m_blocks;
};

// The arena of the ArenaScope active on this thread, if any. Only a pointer to memory a document
// owns: what it hands out is freed with that document, whichever thread destroys it.
thread_local Arena *t_arena = nullptr;

// The nodes the KeepDeletedScope active on this thread keeps, if any.
thread_local std::vector<Node *> *t_kept = nullptr;

} // namespace

Node::KeepDeletedScope::KeepDeletedScope() : m_previous(t_kept) { t_kept = &m_kept; }

Node::KeepDeletedScope::~KeepDeletedScope()
{
    t_kept = m_previous; // their descendants go with them now (or to an enclosing scope)
    for (Node *node : m_kept)
        delete node;
}

Node::ArenaScope::ArenaScope(Node &owner) : m_previous(t_arena)
{
    if (!owner.m_arena)
        owner.m_arena = std::make_unique<Arena>();
    t_arena = static_cast<Arena *>(owner.m_arena.get());
}

Node::ArenaScope::~ArenaScope() { t_arena = static_cast<Arena *>(m_previous); }

std::unique_ptr<Node> Node::create(int line)
{
    Node *n;
    if (Arena *arena = t_arena)
        n = new (arena->allocateFast(sizeof(Node), alignof(Node))) Node(arena);
    else
        n = new (::operator new(sizeof(Node))) Node(std::pmr::new_delete_resource());
    n->m_line = line;
    return std::unique_ptr<Node>(n);
}

void Node::operator delete(Node *node, std::destroying_delete_t)
{
    if (std::vector<Node *> *kept = t_kept) {
        kept->push_back(node);
        return;
    }
    std::pmr::memory_resource *resource = node->m_resource;
    node->~Node();
    // Arena memory goes with the arena; only nodes made outside an ArenaScope are freed one by one.
    if (resource == std::pmr::new_delete_resource())
        ::operator delete(node);
}

std::unique_ptr<Node> Node::text(const QString &content, int line)
{
    auto n = create(line);
    n->m_text = content;
    return n;
}

std::unique_ptr<Node> Node::text(QString &&content, int line)
{
    auto n = create(line);
    n->m_text = std::move(content);
    return n;
}

std::unique_ptr<Node> Node::element(const QString &tag, int line)
{
    auto n = create(line);
    n->m_tag = tag;
    return n;
}

QString Node::astext() const
{
    if (isText())
        return m_text;
    QString out;
    for (const auto &c : m_children)
        out += c->astext();
    return out;
}

QString Node::attribute(const QString &name) const
{
    for (const auto &[k, v] : m_attributes)
        if (k == name)
            return v;
    return {};
}

bool Node::hasAttribute(const QString &name) const
{
    for (const auto &a : m_attributes)
        if (a.first == name)
            return true;
    return false;
}

void Node::setAttribute(const QString &name, const QString &value)
{
    for (auto &a : m_attributes)
        if (a.first == name) {
            a.second = value;
            return;
        }
    m_attributes.emplace_back(name, value);
}

void Node::setAttribute(const QString &name, QString &&value)
{
    for (auto &a : m_attributes)
        if (a.first == name) {
            a.second = std::move(value);
            return;
        }
    m_attributes.emplace_back(name, std::move(value));
}

void Node::removeAttribute(const QString &name)
{
    std::erase_if(m_attributes, [&](const auto &a) { return a.first == name; });
}

Node *Node::append(std::unique_ptr<Node> child)
{
    child->m_parent = this;
    m_children.push_back(std::move(child));
    return m_children.back().get();
}

void Node::insert(size_t index, std::unique_ptr<Node> child)
{
    child->m_parent = this;
    m_children.insert(m_children.begin() + qsizetype(index), std::move(child));
}

std::unique_ptr<Node> Node::take(size_t index)
{
    auto n = std::move(m_children[index]);
    m_children.erase(m_children.begin() + qsizetype(index));
    n->m_parent = nullptr;
    return n;
}

void Node::appendChildrenOf(Node &other)
{
    for (auto &c : other.m_children) {
        c->m_parent = this;
        m_children.push_back(std::move(c));
    }
    other.m_children.clear();
}

std::unique_ptr<Node> Node::clone() const
{
    auto copy = create(m_line);
    copy->m_tag = m_tag;
    copy->m_text = m_text;
    copy->m_serial = m_serial;
    copy->ids = ids;
    copy->classes = classes;
    copy->names = names;
    copy->dupnames = dupnames;
    copy->backrefs = backrefs;
    copy->m_attributes.assign(m_attributes.begin(), m_attributes.end());
    for (const auto &c : m_children)
        copy->append(c->clone());
    return copy;
}

Node *Node::findFirst(QStringView tag) const
{
    for (const auto &c : m_children) {
        if (c->m_tag == tag)
            return c.get();
        if (Node *n = c->findFirst(tag))
            return n;
    }
    return nullptr;
}

QString normalizeName(const QString &name)
{
    // ASCII names (nearly all) in one pass: whitespace runs become one space, ends are trimmed,
    // letters lower-cased; anything else goes through Unicode's rules.
    QString out(name.size(), Qt::Uninitialized);
    char16_t *const begin = reinterpret_cast<char16_t *>(out.data());
    char16_t *o = begin;
    bool pendingSpace = false;
    for (QChar c : name) {
        char16_t u = c.unicode();
        if (u >= 0x80)
            return name.simplified().toLower();
        if (u == u' ' || (u >= 0x09 && u <= 0x0d)) {
            pendingSpace = o != begin;
            continue;
        }
        if (pendingSpace)
            *o++ = u' ';
        pendingSpace = false;
        if (u >= 'A' && u <= 'Z')
            u += 'a' - 'A';
        *o++ = u;
    }
    if (o == begin)
        return name.simplified().toLower(); // keeps Qt's choice between a null and an empty string
    out.truncate(o - begin);
    return out;
}

namespace {

// Lower-case letters that do not decompose to ASCII but that docutils spells with ASCII letters in
// ids (found by asking docutils for the id of each Latin letter), sorted by code point.
struct IdLetter
{
    char16_t letter;
    const char *ascii;
};
constexpr IdLetter kIdLetters[] = {
    {0x00df, "sz"}, {0x00e6, "ae"}, {0x00f8, "o"}, {0x0111, "d"}, {0x0127, "h"}, {0x0131, "i"}, {0x0142, "l"},
    {0x0153, "oe"}, {0x0167, "t"}, {0x0180, "b"}, {0x0183, "b"}, {0x0188, "c"}, {0x018c, "d"}, {0x0192, "f"},
    {0x0199, "k"}, {0x019a, "l"}, {0x019e, "n"}, {0x01a5, "p"}, {0x01ab, "t"}, {0x01ad, "t"}, {0x01b4, "y"},
    {0x01b6, "z"}, {0x01e5, "g"}, {0x0225, "z"}, {0x0234, "l"}, {0x0235, "n"}, {0x0236, "t"}, {0x0237, "j"},
    {0x0238, "db"}, {0x0239, "qp"}, {0x023c, "c"}, {0x023f, "s"}, {0x0240, "z"}, {0x0247, "e"}, {0x0249, "j"},
    {0x024b, "q"}, {0x024d, "r"}, {0x024f, "y"},
};

// `lowered` with the letters of kIdLetters spelled in ASCII.
QString transliterateIdLetters(const QString &lowered)
{
    QString out;
    bool spelled = false; // out holds the result so far once a letter needed spelling
    for (qsizetype k = 0; k < lowered.size(); ++k) {
        const char16_t u = lowered[k].unicode();
        const IdLetter *hit = nullptr;
        if (u >= kIdLetters[0].letter && u <= std::end(kIdLetters)[-1].letter) {
            const auto it = std::lower_bound(std::begin(kIdLetters), std::end(kIdLetters), u,
                                             [](const IdLetter &l, char16_t v) { return l.letter < v; });
            if (it != std::end(kIdLetters) && it->letter == u)
                hit = it;
        }
        if (hit && !spelled) {
            out = lowered.left(k);
            spelled = true;
        }
        if (hit)
            out.append(QLatin1StringView(hit->ascii));
        else if (spelled)
            out.append(lowered[k]);
    }
    return spelled ? out : lowered;
}

} // namespace

QString makeId(const QString &name)
{
    // Lower-case ASCII letters and digits survive; every other run becomes one hyphen,
    // and the id must start with a letter. ASCII names (nearly all) need no decomposition.
    bool ascii = true;
    for (QChar c : name)
        ascii = ascii && c.unicode() < 0x80;
    const QString decomposed =
        ascii ? name : transliterateIdLetters(name.toLower()).normalized(QString::NormalizationForm_KD);
    // The id is never longer than the decomposed name: a hyphen stands for at least one character.
    QString id(decomposed.size(), Qt::Uninitialized);
    char16_t *const begin = reinterpret_cast<char16_t *>(id.data());
    char16_t *o = begin;
    bool pendingHyphen = false;
    bool keptAny = false;
    for (QChar c : decomposed) {
        char16_t u = c.unicode();
        if (ascii && u >= 'A' && u <= 'Z')
            u += 'a' - 'A'; // ASCII names were not lower-cased above
        const bool keep = (u >= 'a' && u <= 'z') || (u >= '0' && u <= '9');
        if (keep) {
            keptAny = true;
            // the id starts with a letter: leading digits (and the hyphens before them) go
            if (o == begin && u <= '9') {
                pendingHyphen = false;
                continue;
            }
            if (pendingHyphen && o != begin)
                *o++ = u'-';
            pendingHyphen = false;
            *o++ = u;
        } else if (u < 0x80) {
            pendingHyphen = true; // non-ASCII left after decomposition is dropped, not hyphenated
        }
    }
    if (!keptAny)
        return QString(); // null, as Qt's own string operations left it before
    id.truncate(o - begin);
    return id;
}

} // namespace Docent

namespace Docent {

QString sphinxId(const QString &text)
{
    QString ascii;
    ascii.reserve(text.size());
    bool plain = true;
    for (QChar c : text)
        plain = plain && c.unicode() < 0x80;
    for (QChar c : plain ? text : text.normalized(QString::NormalizationForm_KD))
        if (c.unicode() < 0x80)
            ascii += c;
    static const QRegularExpression other(QStringLiteral("[^a-zA-Z0-9._]+"));
    static const QRegularExpression ends(QStringLiteral("^[-0-9._]+|-+$"));
    return ascii.simplified().replace(other, QStringLiteral("-")).remove(ends);
}

} // namespace Docent
