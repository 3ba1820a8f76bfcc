// The page script that tells which section a point of the page is in (or, for a negative point,
// the section at the top of the window: the one being read).
#pragma once

#include <QString>

namespace Docent {

inline QString sectionAtScript(qreal x, qreal y)
{
    return QStringLiteral("(function(x,y){var s=null;"
                          "if(y>=0){var e=document.elementFromPoint(x,y);s=e?e.closest('section[id]'):null;}"
                          "if(!s){var all=document.querySelectorAll('section[id]');"
                          "for(var i=0;i<all.length;i++){if(all[i].getBoundingClientRect().top<=80)s=all[i];else break;}}"
                          "return s?s.id:'';})(%1,%2)")
        .arg(x)
        .arg(y);
}

} // namespace Docent
