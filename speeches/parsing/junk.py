"""Site furniture: whole lines scored as junk, paywall/truncation markers, page markers,
footers and forum anti-scraping tokens. Keywords alone never decide inside a body sentence."""

from __future__ import annotations

import re
from functools import lru_cache

from ..decoding import COMMON
from .text import HAN, SENTENCE_END, TRUNCATED, fold, nows

# What a paywall line says after its marker: 开通会员 / 如需继续阅读或下载，敬请购买
_PAY_TAIL = (
    r"(?:[，,。；]?\s*(?:如需|请|敬请|可|即可|立即|免费)*"
    r"(?:继续阅读|阅读全文|查看全文|下载文档|下载|购买|开通(?:VIP|会员)?|充值|登录|VIP|会员|或))*"
)
_TRUNC_MARK = re.compile(
    # 省略 alone is an ordinary verb (要省略繁琐环节): a marker has a count, brackets or ellipses.
    r"[…\.。]{0,6}[（(【\[][^（）()【】\[\]\n。]{0,48}?省略\s*\d+\s*字(?:[^（）()【】\[\]\n]{0,24}?[）)】\]])?[…\.。]{0,6}"
    r"|[…\.。]{0,6}(?:此处|以下|中间)?(?:内容)?(?:已)?省略\s*\d+\s*字(?:内容)?[…\.。]{0,6}"
    r"|(?:…{1,3}|\.{3,})\s*[（(【\[]?(?:此处|以下|中间)?(?:内容)?(?:已)?省略[^。，\n]{0,8}?[）)】\]]?\s*(?:…{1,3}|\.{3,})"
    r"|[（(【\[](?:此处|以下|中间)?(?:内容)?(?:已)?省略[^）)】\]\n]{0,10}[）)】\]]"
    r"|此处(?:隐藏|省略)\s*\d+\s*个?字[。，,]?(?:[^。，\n]{0,12}?可见)?"
    r"|(?:已阅读\s*\d+\s*页[,，]?\s*)?(?:还)?剩(?:余|下)?\s*\d+\s*(?:%|％|页|字)\s*未读"
    + _PAY_TAIL
    + r"|预览(?:阅读)?(?:已)?结束[，,。]?(?:登录后查看全文|请?登录后?查看全文|下载后查看全文)?"
    r"|超出(?:了)?免费预览范围|(?:\.{2,}|…+)\s*查看更多\s*$"
    # 亲，该文档总共6页，到这已经超出…; ...阅读全文　登录后可复制: a preview's end and its buttons
    r"|(?:亲[，,]\s*)?该文档(?:总)?共\s*\d+\s*页[，,]?\s*(?:到这已经)?|(?:\.{2,}|…+)\s*阅读全文(?=\s|$)"
    r"|剩余内容需?登录后?(?:查看|阅读)"
    r"|剩余\s*\d+\s*页(?:可|请|需|须)?(?:(?:下载|登录)后?)?(?:查看|阅读)(?:全文)?"
    r"|(?:请)?登录后(?:查看|阅读)(?:全文|完整内容)|^\s*请先登录\s*[！!。]?\s*$"
    r"|试读(?:已)?结束|^\s*[（(]待续[）)]\s*$"
    + _PAY_TAIL
    + r"|以上为预览内容|下载后可阅读全文|(?:点击)?查看完整版|未完待续"
    r"|开通会员(?:可|后)?(?:查看|阅读)(?:全部|完整)(?:内容|全文)?"
    r"|(?:内容|本章|本文)未完[^。\n]{0,20}|[（(]未完[^）)\n]{0,60}[）)]?"
    r"|全文(?:约|共)?\s*\d+\s*字[，,]?\s*(?:请?下载后?(?:阅读|查看)|[^。\n]{0,10}(?:阅读|查看)全文)"
    r"|全文(?:约|共)\s*\d+\s*字[^。\n]{0,30}(?:会员|VIP|下载|登录|付费)"
    r"|[（(]?(?:想|如需|要)?阅读完?全部(?:图文)?内容[，,]?\s*(?:您)?(?:需要)?(?:先)?(?:登录|登陆|注册)[！!]?[）)]?"
    r"|因篇幅(?:问题|原因|所限|有限)[，,]?[^。\n]{0,12}(?:显示|展示|列出)"
    # A pager under the text: the speech goes on on the next page (上一页 1 2 3 4 下一页).
    r"|^\s*上一页\s*(?:\d+\s*){2,}下一页\s*$|第\s*1\s*页\s*下一页\s*$"
    # a document site's preview: 本文档仅提供部分内容试读, 本文档为预览，下载后查看完整内容
    r"|(?:本文档)?(?:仅提供)?部分内容试读|本文档为预览|下载后(?:查看|阅读)(?:完整内容|全文)"
    # a preview's cut: ……付费阅读全文, 阅读全文>>　本文共6页
    r"|(?:…+|\.{2,})?\s*付费阅读全文|阅读全文\s*(?:>>|》》|»)(?:\s*本文共\s*\d+\s*页)?"
    # a paid post's cut: ——以下内容为付费内容，剩余68%——, 剩余内容需付费 ¥6.00 解锁全文
    r"|以下(?:内容)?为付费内容(?:[，,]\s*剩余\s*\d+\s*[%％])?"
    r"|剩余内容需?(?:付费|购买|解锁)(?:\s*[¥￥]\s*\d+(?:\.\d+)?)?(?:\s*(?:解锁|购买|阅读)全文)?"
)
TRUNC_HINT = re.compile(
    "省略|預覽|预览|登录|登錄|登陆|试读|試讀|下载后|下載後|查看完整|未完|剩|隐藏|隱藏|篇幅|全文约|全文共|下一页"
    "|待续|待續|开通会员|開通會員|展开|查看更多|預覽|付费|付費|阅读全文|閱讀全文"
)
# An e-paper's turn: （下转2版）, （上接第二版）
_PAGE_TURN = r"[（(](?:下转|上接|转)第?(?:\d{1,2}|[一二三四五六七八九十]{1,3})版[）)]"
PAGE_MARK = re.compile(
    r"^(?:第\s*\d+\s*页\s*(?:[，,/／]?\s*共\s*\d+\s*页)?|共\s*\d+\s*页\s*第\s*\d+\s*页"
    r"|[—\-－–―─]{1,3}\s*\d{1,3}\s*[—\-－–―─]{1,3}|[·•]\s*\d{1,4}\s*[·•]|\d{1,3}\s*/\s*\d{1,3}|\d{1,3}|page\s*\d+"
    # an e-paper's turn (（下转2版）) and page line, an e-book's page lines, a Word PDF's header
    r"|页码[:：]?\d{1,3}(?:/\d{1,3})?|"
    + _PAGE_TURN
    + r"|.{0,20}第\d{1,2}版[:：]?.{0,8}|~\s*\d{1,4}\s*~|p\.\s*\d{1,4}"
    r"|page\s*\d+\s*-.{0,40}|microsoft\s*word\s*-.{0,60}\.docx?)$",
    re.I,
)
_FORUM_LINE = re.compile(
    r"^(?:本帖最后由.*编辑|发表于\s*\d.*|.*只看该作者.*|楼主|沙发|板凳|回复|举报|收藏|分享"
    r"|(?:(?:回复|支持|反对|举报|评分|引用|点评|收藏|分享|报告|道具|TOP|top)(?:[（(]\d+[）)]|\d+)?){2,}|(?:支持|反对|顶|踩)[（(]\d+[）)]"
    # a reply floor with its poster and message on one line: 沙发　某某　感谢楼主分享
    r"|(?:沙发|板凳|地板)\S{0,40}(?:楼主|顶一?个|感谢|谢谢|支持|学习了|收藏|mark|马克).*"
    r"|帖子\s*\d+.{0,20}积分\s*\d+.*|查看[:：]\s*\d+.*|\d+\s*楼|回复[:：]\s*\d+.*|引用|使用道具|电梯直达|倒序浏览|只看楼主|\[[^\]]{1,10}\]\s*.*)$"
)
# Readers' comments under the page: the footer starts there, and the speech never resumes after them.
_COMMENTS = "相关评论|网友评论|全部评论|最新评论|发表评论|评论列表|用户评论|写留言|精选留言"
FOOTER_START = re.compile(
    r"^(?:【[^】]{0,30}】)?(?:更多相关|相关问答|本文链接|原文链接|文章链接|本文网址|相关文章|相关推荐|推荐阅读|推荐文章|延伸阅读|扩展阅读|猜你喜欢|你可能喜欢|你可能感兴趣|热门文章|热门推荐|(?:相关)?热门(?:范文|标签|专题|话题)|相关(?:话题|标签|专题)"
    r"|上一篇|下一篇|作者最新文章|喜欢此内容的人还喜欢|历史上的今天|最近读者|以文找文|(?:赞|评论)[（(]\d+[）)]|喜欢推荐转载|相关文件[:：]?$|[^\w]{0,3}阅读原文$|作者其他文章|前一篇|后一篇|上一条[:：]|下一条[:：]|上一章|下一章|分享(?:到)?[:：].{0,24}$|张贴者[:：]|没有留言|没有评论[:：]?$|较新的文章|"
    f"{_COMMENTS}"
    # a forum post's end and the next post, a download prompt, a tip jar
    r"|回复引用(?:TOP)?$|(?:回复|举报|评分|分享|收藏|使用道具|引用|TOP|top){2,}$|(?:沙发|板凳|地板|\d+楼)\S{0,12}发表于|本帖子中包含更多资源|如果喜欢本篇|请选择打赏|点个?[“「\"]?在看|点亮在看|相关稿件|网站标识码|上一部分|下一部分|此页面有问题|附(?:件\d{0,2})?[:：](?:[^。，]{0,30}(?:表|清单|问答|解读))?$|特别声明[:：]|本回答由|其他\d+条回答|追问[:：]|追答[:：]|为你推荐|本文标签|(?:扫码|扫一扫|扫描二维码)(?:[^。，]{0,10}$|.{0,6}(?:关注|下载|阅读|添加|加入|获取|查看|收听|收看|观看|分享|打开|领取|咨询|联系))|.{2,30}主办(?:单位)?(?:$|[:：]?.{0,20}(?:技术支持|承办|协办|ICP|备案))|[（(]?责任编辑|(?:免责|版权)声明(?:[:：]|$)"
    r"|相关范文|更多范文|同类文档|同类文章|同类范文|精选范文|相关(?:主持词|讲话稿?|致辞|发言稿?)(?:[:：]|$)|本文来源|本文地址|本文标题[:：]|链接地址[:：]|提示[:：].{0,12}(?:会员|下载|登录)|文章来源|相关链接|相关阅读|相关新闻|相关文档|相关资料|相关资源|相关论文|相似文档|类似文章|相似文章|类似文档|相关附件|相关机构|附件下载|往期推荐|往期回顾"
    r"|抄送[:：]|主送[:：]|分送[:：]|[报送发][:：](?=.{0,40}(?:办公厅|办公室|党组|各单位|各部门|委))"
    # a printed document's foot and a collected works' notes: …印发, （共印60份）, 注释, 〔1〕…, 选自…
    r"|.{0,30}\d{1,2}\s*日\s*印发?$|[（(]?共印\s*\d+\s*份[）)]?$|注\s*释[:：]?$|〔\d{1,2}〕|[（(]选自"
    r"|.{2,20}翻印$|.{1,16}(?:办公室|办)印\s*\d{4}年\d{1,2}月(?:\d{1,2}日)?$"
    # a unit's line under a printed text: 局办公室整理, 市安委会办公室编印; an archive's note
    r"|^[^。，！？]{1,24}(?:办公室|办|委员会|局|中心|组)(?:整理|编印|编)$|^[（(]?原件存.{0,30}档案馆"
    r"|(?:这篇|以上)(?:讲话稿?|内容|稿件|范文)(?:既|已|仅供|供您|可以)"
    r"|[（(]?(?:本文)?未经(?:本人|讲话人)审阅"
    # a book's commentary on the example: 【评析】这篇致辞…
    r"|【(?:评析|点评|简析|赏析|评注|解析|写作点评|写作指导|延伸阅读|相关阅读|相关推荐|相关文章|推荐阅读|相关链接)】"
    r"|(?:评析|点评|简析)[:：]"
    # a list's header after a category name: 开学典礼校长致辞通用相关文章：
    r"|[^。，！？\s]{1,20}(?:相关文章|相关推荐|相关范文|相关阅读|推荐阅读|猜你喜欢)[:：]?\s*$)"
)
_JUNK_START = re.compile(
    r"^(?:仅供|仅限内部|内部传阅|禁止外传|请勿外传|密级[:：]|内部资料|当前位置|您现在的位置|位置[:：]|首页|发布时间|发布日期|更新时间|更新日期|最后更新"
    r"|时间[:：]|编者按|导语[:：]|摘要[:：]|跳至|跳到|以下为|分类[:：]|转载|下面[是为](?:小编|为大家|大家)"
    r"|来源[:：]|作者[:：]|编辑[:：]|阅读|浏览|点击|字数|下载|上传|分享|收藏|打印|关闭|返回|会员|订阅|现在订阅"
    r"|开通|充值|VIP|vip|QQ|qq|微信|公众号|关注|扫码|扫一扫|举报|【打击|【会员|以下是|小编|本站|本网"
    r"|欢迎(?!.{0,24}(?:词|辞|宴会|酒会|仪式|大会)$)|免费|声明|版权|Copyright|©|百度文库|道客巴巴|豆丁|原创|精品|www\.|http"
    r"|【?(?:我要打印|我要列印|我要纠错|打印|关闭|字体|字号|列印|分享到|所属栏目|栏目|本文共|全文共|手机版|移动端|备案|ICP|主办[:：]"
    r"|承办[:：]|技术支持|网站地图|联系我们|(?:联系)?地址[:：]|邮编[:：]|联系电话[:：]|(?:投资|咨询|服务)?热线[:：]|邮箱[:：]|责任编辑|浏览次数|点击数|标签[:：]|(?:本文|文章)?关键词[:：]|tags"
    # a site's record fields and a personal library's bar: 文章来源：, 主办单位：, 转藏 全屏 打印
    r"|文章(?:来源|作者|出处|编辑)[:：]|主办单位[:：]|发布(?:部门|单位|机构)[:：]|发布人[:：]|上传者[:：]|转藏|献花|全屏$|友善列印|友善打印|postedby|views[:：]))",
    re.I,
)
_JUNK_ANY = re.compile(
    r"仅供学习|禁止外传|倒卖|会员|订阅|QQ群|Q群|微信群|公众号|二维码|扫码|下载|VIP|vip|供大家参考|欢迎阅读"
    r"|小编|范文|阅读次数|阅读量|发布时间|版权所有|侵权|联系删除|www\.|https?://|\.com|\.cn|文库|文档"
    r"|资料|权益|平台|继续阅读|全文|精品|领福利|会员福利|福利领取|免费试读|发布于|字数统计|上一版|下一版|往期回顾|打印本页|关闭窗口|字体[:：]|次浏览|人阅读|阅读\d|浏览\d"
    r"|点击\d|评论\d|收藏\d|复制本文|收藏本文|本文链接|本文已影响|立即注册|没有留言|发表留言|条留言|条评论|转载▼|格式[:：]|大小[:：]|页数[:：]|此件公开发布|以稿换稿|佚名|赞赏|赏赞|正式会员|高级模式|张贴者|客服|请点此|查看更多|详见附件|具体材料请|发布单位|点阅|发布者|信息来源|签名[:：]|回复\s*举报|联系老师|联系客服|加微信|满足您的|您的需求|本文标题|提示信息|温馨提示|精选\d+篇|汇总\d+篇|上一页|下一页|上一则|下一则|回首页|返回顶部|购物车|我的足迹|回上页|回页首|本期目录|留言\(\d+\)|给朋友|电脑桌面|桌面快捷|小字号|中字号|大字号|所属栏目|本文共\d|共\d+字|备案号|ICP|移动端|手机版|电脑版|触屏版|下载券"
)
# Breadcrumbs and meta rows: 首页 > 讲话稿 > 领导讲话, 2023-09-23 | 阅读 1024.
# (a single | is also a WeChat title's category mark: 党课｜守住底线　干净干事)
_SEPARATED = re.compile(
    r"[>＞»›→]|[|｜].*[|｜]|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}"
    r"|\d{4}年\d{1,2}月\d{1,2}日\d{1,2}[:：]\d{2}"  # a posting time: 2024年01月01日08:30
)
# A short category line: 协会新闻, 领导讲话栏目, News Center.
_CATEGORY_LINE = re.compile(
    r"^.{0,8}(?:新闻|动态|资讯|频道|专栏|栏目|中心|首页|导航|分类|公报|详情|正文|列表)$|^【[^】]{1,10}】$"
    r"|^(?:编者按|内容提要|导读|导语)[:：]|^香港时间\d|^(?:审核|校对|责编|审校)[:：]"
    # a teaser of the text above it, a site's foreword: 推荐阅读：同志们：…, 前言：本站为你整理…
    r"|^(?:推荐阅读|相关阅读|延伸阅读|猜你喜欢)[:：]|^前言[:：](?:本站|小编|本文|下面|以下)"
    r"|^>?本文由.{0,20}(?:投稿|整理|提供|发布|转换|生成)"
    # a Word file's record saved with the text: who revised it, its comments, its template
    r"|^(?:修订人|最后保存|最后修改者?|模板)[:：]|批注\d+条|normal\.dotm"
    # a Word template's fields and footers: ------作者xxxx, 【精品文档】, HYPERLINK "…"
    r"|^-{3,}(?:作者|日期)|^【精品文档】|HYPERLINK\s*\"|^[（(]?(?:论文部分内容阅读|资源描述)[）)]?[:：]?$"
    r"|^(?:简历|履历|个人简历)$|^[（(]?图为|^.{0,16}的博客$|^.{0,12}讯$|^.{0,12}的图书馆$|^个人图书馆$|^.{0,12}(?:数字报|电子报|电子版)$"
    # a font-size switch, a language switch, a site's tip or note on the document
    r"|^【?(?:字号[:：])?大中小】?|^放大缩小(?:默认|还原)?$|^(?:中文|简体|繁体|繁體)版?[|｜/](?:[Ee]nglish|EN|简体|繁体|繁體)"
    r"|^温馨提示[:：]|^下载提示[:：]|^关于本文档|^(?:举报)?版权申诉|^[（(]主持人[:：]|^扫描全能王"
    # a forum post's signature, a document viewer's loading line
    r"|^(?:个性)?签名[:：]|^(?:文档|页面|内容|正文)?(?:加载中|正在加载)"
    # a press release's end mark; a page's own record of the title (文章标题：…)
    r"|^[（(]?完[）)]?$|^(?:文章标题|本文标题|原文标题)[:：]"
    # a transcriber's note at the end (（党政办整理）) and a WeChat post's credits
    r"|^[（(](?![^（）()]*录音)[^（）()，。]{1,24}(?:整理|供稿)[）)]$|^【(?:注|编者注|编者按|说明)】"
    r"|^(?:监制|出品|策划|统筹|排版|美编|主编|编审|终审|初审)[:：]"
    r"|^(?:本版编辑|本版责编|版面编辑|原标题|摘要)[:：]?"
    # a mobile page's posting line: 03-15　某某小站
    r"|^\d{2}-\d{2}[^\d，。]{2,12}$"
    # a conference column's label, a page's picture caption, a host's note, an e-mail's fields
    r"|^【(?:导读|编者按|内容提要|摘要|编辑[:：]|审核[:：]|责编[:：]|来源[:：])|^(?:文字|摄影|摄像|图片)[:：]"
    r"|^(?:会议)?材料之[一二三四五六七八九十]$|^活动图片|^[（(]会议由.{0,40}主持|^文章导读[:：]?"
    r"|^(?:发件人|收件人|发送时间|抄送人?|主题)[:：]|^-*(?:转发的邮件|原始邮件)-*$|^来自.{0,8}笔记$|^\[[ x]?\]|^待办[:：]?$|^附件[:：]\s*\d+个"
    # a mail app's signature, a file's name on its own line, a follow button, a site's number
    r"|^.{0,12}发自我的.{0,16}$|^[^。！？]{2,80}\.(?:docx?|pdf|wps|pptx?|txt|xlsx?)$|^[+＋]关注"
    r"|^(?:文档)?编号[:：]\d{5,}$"
    # a video post's age and counts (3天前·湖南, ♡1.2万); a gazetteer's appendix over the text
    r"|^\d{1,2}(?:天|小时|分钟)前(?:[·•・][^。，\s]{1,4})?$|^(?:[♡❤♥☆★💬👍]\s*[\d.]+[万wW]?\s*)+$"
    r"|^附录[一二三四五六七八九十\d]*[、：:][^。，！？]{2,12}$"
    # who typed it in, a doc's history, a reader's vote, an app's end, weather in a roundup, a
    # BBS post's edit line, a collection's note, a cut part, an app's motto
    r"|^(?:文字)?录入[:：]|^整理[:：]|^版本历史|^今日天气|^往期精选|^已到底部|^语音播报$|有帮助.{0,4}没帮助"
    # a forum's jump box, a mobile link; a journal's name field, its similar papers, a summary
    r"|^跳转到指定楼层$|^手机(?:访问|版|浏览)$|^刊\s*名[:：]|^相似文献[:：]|^核心提示[:：]"
    r"|^【?关键词】?[:：]"
    r"|^※\s*(?:修改|来源|來源)|^〔编者(?:注|按)〕|^.{0,6}记录美好生活$|^[（(]?[^。，！？]{0,12}从略[）)]?$"
    # a book's part and a session's document number over the text; a post's decorated divider
    r"|^第[一二三四五六七八九十百]+编[^。，！？]{2,10}$|^[^。，！？]{0,30}会议文件之[一二三四五六七八九十]+$"
    r"|^[━─═＝=~～*＊]{3,}[^。，！？]{0,8}[━─═＝=~～*＊]{3,}$"
    # a page's 展开全文 button: the text goes on under it (a cut copy ends, and says so otherwise)
    r"|^[∨▼↓]?展开(?:阅读)?全文[∨▼↓>]?$"
    r"|^\d+(?:积分|金币|下载券)$|^(?:点赞|在看|分享|收藏|转发|评论|高清|标清|超清|倍速|弹幕)$|^[￥¥]\d"
    # a site's login box beside the text: 会员信息 / 用户名： / 密　码： / 验证码： / 注册
    r"|^(?:用户名|密码|验证码|账号|帐号|手机号)[:：]?$|^(?:会员信息|会员登录|用户登录|注册|忘记密码|找回密码|最近更新|最新更新)$"
    # a page's reading-time line and its reading-mode buttons
    r"|^本篇文章\d+字|读完约\d+分钟|^预计阅读(?:时长|时间)|^(?:开启左侧|关灯|开灯)(?:\s|$)"
    # a library catalogue's fields; a site's read count after a category (演讲稿1.2W)
    r"|^(?:年份|期号|分类号|中图分类号|颗粒名称|资源类型|来源期刊|ISSN|CN)[:：]|^[^。，！？]{0,8}\d+(?:\.\d+)?[wW万]$"
    r"|^(?:作者单位|作者简介|通讯作者)[:：]|^(?:发言人|讲话人|主讲人)[:：]$"
    r"|^[^。，！？]{0,12}栏目[:：]"
    r"|^(?:DOC|DOCX|PDF|WORD|Word|doc|docx|pdf)格式"
    r"|^.{0,10}人气[:：]\s*[\d.]+[wW万]?$|若您需要全文或代笔"
    r"|^.{0,20}返回目录$"
    r"|^多个检索词|检索词[^。]{0,8}空格"
    # a page's tag and search rows under the text, a site's search box, a journal's issue line
    r"|^(?:本文)?[Tt]ags[:：]|^(?:为您推荐|相关热词(?:搜索)?|热门搜索|热词)[:：]|^(?:范文|文章|站内|全站)?搜索[:：]"
    r"|^(?:期刊[:：])?《[^》]{2,24}》\s*(?:\d{4}年)?\s*第?\d{1,3}期$"
    # a site's bare name on a line of its own: 老秘网, 某某范文网
    r"|^[\u4e00-\u9fff]{2,6}网$"
    # an anthology's labels around the text: 演讲词档案 / 历史背景 / 原文欣赏 / 名家点评
    r"|^【?(?:演讲词档案|演讲档案|历史背景|时代背景|演讲背景|原文欣赏|名家点评|作品赏析|精彩点评|简评|赏析)】?$"
    # photo captions and credits: ▲…, 记者 王磊 摄, （图/市府提供）
    r"|^(?:ID[:：]\d+)?我要(?:投稿|纠错|评论|收藏|打印)$|^ID[:：]\d+$"
    # a photo caption, a reader's action bar, a share text's tail, tags, a contest's tutor
    r"|^[（(](?:相片|照片|图片|图)[:：]|^(?:(?:点赞|赞|在看|收藏|分享|转发|评论|举报)(?:\d+(?:\.\d+)?万?)?)+$"
    r"|^复制链接|^(?:#[^#\s]{1,12}#?){2,}$|^指导(?:教师|老师)[:：]"
    r"|^[▲△▼◆●■]|^[（(]图片?由.{1,16}提供[）)]$|^相关图片[（(]\d+[）)]$|记者\S{0,8}摄|摄影[:：]|[（(]图[/／:：]|^[（(](?:责编|编辑|责任编辑|供稿|撰稿|审核|初审|审稿)[:：]"
)
# Readers' comments under the page: the speech never resumes after them.
COMMENTS_START = re.compile(f"^(?:{_COMMENTS})")
# An upload or copyright notice, wherever it is in a short line; a file's rating at its end
# (在全县防汛工作会议上的讲话.doc　4.7分).
# A document site's terms under a preview: 下载文档前请自行甄别…, 如文档侵犯您的权益…
_DOC_SITE_TERMS = "自行甄别|平台不提供|部分预览|申请退款|侵犯(?:了)?您的(?:合法)?权益"
_NOTICE = re.compile(
    "不代表本站观点|如有侵权|侵权请?联系|联系删除|版权归原作者|版权属原作者|仅供学术研究|由(?:用户|网友)(?:自行)?上传|本文来自网络"
    "|本文来源于|更多范文请|服务时间[:：]|地址[:：][^。]{0,40}(?:电话|总机)[:：]|总机[:：]"
    # photo and video credits, a platform's prompts, an editor's note on cuts
    "|摄影[:：]|摄像[:：]|图片来源|图源[:：]|视频时长|[（(]视频[:：]|查看精彩图片|阅读体验更佳|打开.{0,6}(?:APP|App|app|客户端)"
    "|人赞同了|私信回复|加入收藏|共计\\d+个字|有删节|标题为编者所加|本文系作者"
    f"|{_DOC_SITE_TERMS}|由会员分享|可在线阅读"
    "|本文格式为\\s*Word\\s*版|下载后可任意编辑|加入书签"
    # a word processor's comments and tracked changes; a note app's and a Q&A site's prompts; a
    # photo gallery's link; an account's credit line
    "|仅[^。]{0,8}(?:成员|会员|本人)可(?:查看|见|阅读)|数字人(?:主播|播报)|形象均为AI合成"
    "|仅限[^。]{0,8}内部访问|^附件[:：]\\s*无$|^[（(]?转(?:者|载者)[按评][:：]|^——转者评[:：]"
    "|^批注\\s*[\\[［(（]|最后修改时间|^编辑于\\s*(?:\\d{4}[-./])?\\d{1,2}[-./]\\d|^说点什么|^添加评论|^写评论|小礼物走一走|^赞赏支持"
    "|就在.{1,6}(?:APP|App|app|客户端)|^(?:相片集|图集|组图|相册)\\s*[（(]\\d+\\s*[张張][）)]$|^图文[:：]"
    # a WeChat article's tail: 预览时标签不可点, 收录于话题 #…
    "|预览时标签不可点|收录于(?:话题|合集)"
    # a site's notes on its copy: 转载请注明出处, 下载后可编辑, 请加QQ群…下载
    "|转载请注明|下载后可编辑|请?加QQ群|群文件"
    # a copy-restriction notice and a site's keyword banner: 开通VIP后可复制全文, 收录关键词：…
    "|(?:赞助|开通)(?:VIP|会员)[^。]{0,8}(?:复制|下载)|(?:仅限|仅供)会员|复制请|收录关键词"
    "|定制代写|代写[^。]{0,8}(?:材料|公文)|客服微信|平台声明|仅代表作者本人|仅代表作者(?:个人)?观点|不代表[^。]{0,10}(?:立场|观点)|信息存储空间服务|不代表本馆观点"
    "|本文(?:档)?仅供参考|本文来自[^。]{0,10}网|本站(?:不|仅|只)?(?:提供|下载|文档|资料|会员|上传|预览)"
    "|(?:^|[A-Za-z])更新\\d{4}[-年/.]"
    # a video player, a screen note, a journal's record, a photo-to-text app, a newsletter's foot
    "|视频加载中|播放[:：]\\d|最佳浏览|解像度|中图分类号|文献标识码|图片识别|导出Word|如有查询请致电"
    "|点个?[“「]?在看"
    # a reader's comment under the page: 小梅：讲得在理…　10月10日 07:12　回复
    "|\\d{1,2}[:：]\\d{2}\\s*回复$"
    # a visitor counter under a portal's page: 您是第 0012847 位访客
    "|[您你]是(?:本站)?第\\d+位(?:访客|访问者)|网络违法和不良信息举报|未经(?:授权|许可)不得转载"
    # a document site's upload and preview bars, a writing site's pay wall, a Q&A page's labels
    "|文档贡献者|本文档共\\d+页|剩余内容请?下载|下载积分|以上为预览内容|开通会员后查看|需要会员才可"
    "|如果喜欢就下载|登录后可复制"
    "|一键生成|^目录/提纲|^(?:问题描述|最佳答案|推荐答案|其他答案)[:：]?$|求路过的大神|求大神|^立即(?:开通|下载|购买|查看)"
)
# A site editor's words before or after the speech: no speaker calls himself 小编.
_EDITOR_INTRO = re.compile(
    "小编(?:为|给|帮)(?:大家|你|您)|小编(?:精心|收集|整理|推荐|带来)|(?:希望|以下是|下面是)[^。]{0,6}小编"
    # 以下是为大家整理的…讲话稿，仅供参考 / 下面是我带来的有关…讲话稿模板: an editor's, unsigned
    "|(?:(?:以下|下面)(?:是|为)(?:我|本站|编者)?(?:为|给)(?:大家|你|您)[^。，]{0,4}?|下面是我)"
    "(?:整理|收集|带来|推荐|准备)的[^。]{0,40}?(?:讲话|致辞|发言|主持词|范文|文章|稿|篇|模板|参考|阅读)"
)
_EDITOR_WORDS = ("小编", "大家", "你", "您", "下面是我")  # one of them is in every intro
_RATING = re.compile(r"(?:^|\.(?:docx?|pdf|pptx?|wps))\d(?:\.\d)?分$")
# A price or a count of a page's readers: 10.00元, 1087阅读, 26转藏
_COUNTED = re.compile(r"\d(?:\.\d\d元|阅读|转藏|浏览|下载|收藏)")
_HAN_CHAR = re.compile(f"[{HAN}]")
_META_FIELD = re.compile(
    r"作者[:：]|来源[:：]|阅读\d*次|点击[:：]|浏览[:：]|发布[:：]|日期[:：]|【[^】]{1,6}】"
)
# A writing site's name injected inside a word (对我老秘网区来讲): dropped where it stands.
INJECTED_SITE = re.compile(
    # (names no speech says; not 公文网/材料网, which can be 公文 + 网上报送)
    f"(?<=[{HAN}。，！？；])(?:老秘|新?文秘|第一范文|范文|公文写作|文库|笔杆子)\\s*\\d{{0,4}}\\s*网(?=[{HAN}])"
    # …各县区要本文来自某某网…, …变挑战为机遇。某某网,公文写作好帮手 (a site's mark glued in)
    f"|本文来自[{HAN}]{{2,6}}网|(?<=[。！？])[{HAN}]{{2,4}}网[,，][{HAN}]{{2,10}}$"
)
# A backtick a sample site scatters inside words (家庭的`责任, `”), never a speech's own
ANTICOPY_TICK = re.compile(f"(?<=[{HAN}，。、“”])`+(?=[{HAN}，。、“”])")
# A site's ad in brackets glued inside a paragraph: 【更多公文素材，请关注微信公众号：某某】
# An editor's aside inside a paragraph: （成绩问题部分各地不同，不再详细阐述）, （此处从略）
EDITORS_ASIDE = re.compile(
    "[（(][^（）()]{0,24}(?:不再详细阐述|不再阐述|不再赘述|不再详述|此处从略|内容从略|以下从略|略去)[^（）()]{0,6}[）)]"
)
INLINE_AD = re.compile(
    "【[^【】\n]{0,30}(?:公众号|微信号|关注微信|扫码关注|更多公文素材|公文素材|请访问)[^【】\n]{0,30}】"
)
# A page number left at the end of a paragraph: …的转变。— 1 —
TAIL_PAGE_MARK = re.compile(
    r"(?<=[。！？”」])\s*(?:[—－-]{1,2}\s*\d{1,3}\s*[—－-]{1,2}|" + _PAGE_TURN + r")\s*$"
)
# A paywall's markers left in the text, even inside a word (同##paidbegin##志).
PAID_MARK = re.compile("##(?:paid|free|vip)?_?(?:begin|end)##", re.I)
_MID_SENTENCE_END = re.compile("[。！？][^。！？]")
_JAMMER = re.compile(
    r"(?:\s*[!-~]{1,3}(?=\s|$)){4,}\s*$"
    r"|(?:^|(?<=[^\x00-\x7f]))\s*(?:[!-~]{1,3}\s+){2,}[!-~]{1,3}\s*(?=[^\x00-\x7f]|$)"
)


# A line that is one or more sentences of prose: Chinese, ending in 。！？ (or a quote's close).
_SENTENCE_LINE = re.compile(f"^(?=(?:.*?[{HAN}]){{8}}).*[。！？!?][”」』]?$")
# What only a site says inside a sentence (a speech says 下载量 or 版权保护, not 下载本文).
_SITE_TALK = re.compile(
    r"www|https?:|\.com|\.cn|本站|本网|小编|范文|文库|公众号|二维码|扫码关注|QQ|VIP|vip|会员(?:专享|免费)"
    r"|下载(?:本文|全文|文档|后|地址|链接)|阅读全文|全文阅读|仅供参考|仅供学习|仅供学术|联系删除|侵删|版权所有|版权(?:属|归)|转载"
    r"|原文链接|本文|点击(?:查看|阅读|下载|这里)|关注我们|更多(?:精彩|内容|范文|资料)"
    r"|预览|试读|获取全文|代笔|代写|联系老师|加微信|添加微信|微信号|付费|积分"
)
_SENTENCE_MARKS = re.compile("[，。、；：！？]")
# What is left of a line around a cut marker that says nothing: dots, commas, spaces
_MARK_DOTS = "…。.，, \u3000"
# A heading's label (a site's numbered notices say 本站, 下载, 会员…: 1、本站资料来源于网络)
_HEADING_LABEL = re.compile(
    "^(?:[一二三四五六七八九十]{1,3}[、．.]|[（(][一二三四五六七八九十\\d]{1,3}[）)]|\\d{1,2}[.．、](?!\\d)"
    "|第[一二三四五六七八九十]{1,3}(?:[、，,]|部分|个方面)|[一二三四五六七八九十]{1,3}[是要]"
    "|其[一二三四五六七八九十][，,]|(?:首先|其次|再次|最后)[，,]|做法[一二三四五六七八九十][：:]"
    "|[\u2460-\u249b])"
)
# What a site says of itself, never a speech's heading (which may be about 网站, 微信 or 下载):
# a site's numbered notices (1、本站资料来源于网络, 2、开通会员可免费下载…).
_SITE_VOICE = re.compile(
    "本站|本网|本平台|开通会员|会员专享|会员免费|VIP|vip|QQ|www|http|扫码|阅读全文|版权所有|客服|下载前|下载后"
    "|点击下载|免费下载|下载券|公众号[:：]|微信[:：]|关注我们"
    f"|下载文档|{_DOC_SITE_TERMS}"
)


_KEYED_NOTE = re.compile("^[\u2460-\u2473](?:见|参见|引自|选自|摘自|出自|转引自)《")
_SYMBOLS = re.compile(r"[^\w（(【\[“「《‘]*")


def _symbols_before(s: str) -> int:
    """Where a line's words start after the emoji, arrows or marks a page puts before them."""
    m = _SYMBOLS.match(s)
    return m.end() if m else 0


def _rare(s: str) -> bool:
    """Hardly any of the commonest characters of Chinese prose (的, 是, 在 …): filler."""
    han = [c for c in s if "\u4e00" <= c <= "\u9fff"]
    return len(han) >= 12 and sum(c in COMMON for c in han) * 10 < len(han)


_TAIL_RUN = re.compile("(?<=[。！？])[\u4e00-\u9fff]{12,}$")


def strip_filler_tail(line: str) -> str:
    """A filler run glued after a line's last sentence (…守住底线！蒄蚄袀膇…) goes."""
    m = _TAIL_RUN.search(line)
    return line[: m.start()] if m and _rare(m.group(0)) else line


def junk_start(line: str) -> bool:
    """The line starts with a site keyword (来源：, 作者：, 下载, 会员 …)."""
    return bool(_JUNK_START.match(nows(fold(line))))


# A document site's or a wiki's legal notice, however long: 本文（…）为本站会员主动上传，…仅提供
# 信息存储空间…, 本作品是…的官方文件，…属于公有领域, 本页面最后修订于…
_SITE_DISCLAIMER = re.compile(
    "为本站(?:会员|用户)(?:主动)?上传|仅提供信息存储空间|不适用著作权法的?保护|本页面最后修订于"
)


@lru_cache(maxsize=4096)  # called on the same lines by several stages
def is_junk_line(line: str) -> bool:
    """Score a whole line as site furniture. Keywords alone never decide inside long sentences:
    来源于企业的意见 is body text, 来源：公文网 is junk."""
    s = nows(fold(line))
    if not s or line == TRUNCATED:
        return False
    if PAGE_MARK.match(s):
        return True
    if _KEYED_NOTE.match(s):
        return True  # ①见《毛泽东文集》第七卷。: a note under the text, keyed by its mark
    if _HEADING_LABEL.match(s) and not _SITE_VOICE.search(s):
        # 二、搭建服务平台, 三、加强政府网站和政务微信公众号建设: a heading, whatever its topic
        return False
    if _FORUM_LINE.match(s) or _CATEGORY_LINE.match(s) or _SITE_DISCLAIMER.search(s):
        return True
    # (🔊 语音播报, 👆点击蓝字关注我们: the words after an emoji or an arrow)
    words = s if s[0].isalnum() else s[_symbols_before(s) :]
    if words is not s and _CATEGORY_LINE.match(words):
        return True
    if len(s) <= 90 and (_NOTICE.search(s) or (s[-1] == "分" and _RATING.search(s))):
        return True
    if len(s) <= 150 and any(w in s for w in _EDITOR_WORDS) and _EDITOR_INTRO.search(s):
        return True  # …为了方便大家写作，下面是小编为大家整理的…，仅供参考。
    if not _HAN_CHAR.search(s):
        return True  # a line with no Chinese in a Chinese speech: News Center, a URL, a rule
    if len(s) >= 12 and not _SENTENCE_MARKS.search(s) and _rare(s):
        return True  # anti-copy filler: a run of rare characters no text is made of
    if len(s) > 120 and _MID_SENTENCE_END.search(s):
        return False  # sentences go on past a sentence end: no score below can reach 4
    if _SENTENCE_LINE.match(s) and not _SITE_TALK.search(s):
        return False  # 欢迎各位领导莅临指导！ 版权保护工作要常抓不懈。: a sentence, not the site's
    score = 0
    if len(s) <= 60 and _SEPARATED.search(s):
        score += 2
    if len(s) <= 60 and _DOMAIN.search(s):
        score += 2  # 某某网www.example.com，每天更新精彩范文: a site's mark between the copies
    if _JUNK_START.match(words):
        score += 3
    if _JUNK_ANY.search(s) or _COUNTED.search(s):
        score += 2
    if len(s) <= 30:
        score += 1
    if s[-1] not in SENTENCE_END:
        score += 1
    if len(s) > 12 and _MID_SENTENCE_END.search(s):
        score -= 3
    if len(s) <= 120 and len(_META_FIELD.findall(s)) >= 3:
        score += 4  # 【以稿换稿】【收藏】作者:佚名来源:作者原创阅读次【小中大】: a page's meta bar
    return score >= 4


_MIXED = re.compile(r"[A-Za-z]\d|\d[A-Za-z]")
_DOMAIN = re.compile(r"[A-Za-z0-9-]{2,}\.(?:com|cn|net|org|cc|top|vip)(?![A-Za-z])", re.I)


def strip_jammer(line: str) -> str:
    """Forum anti-scraping tokens: runs of 1–3-character ASCII scraps separated by spaces
    (( W% t6 Q# 7). A run needs two symbols, or one and a letter-digit scrap (x: j8 Q), so 5G,
    GDP and English words stay."""

    def drop(m: re.Match[str]) -> str:
        chunk = m.group(0)
        symbols = sum(1 for c in chunk if not c.isalnum() and not c.isspace())
        mixed = any(_MIXED.fullmatch(token) for token in chunk.split())
        return "" if symbols >= 2 or (symbols and mixed) else chunk

    return _JAMMER.sub(drop, line)


def split_truncation(line: str) -> list[str]:
    out: list[str] = []
    pos = 0
    for m in _TRUNC_MARK.finditer(fold(line)):
        if not m.group(0).strip("…。. "):
            continue
        before = line[pos : m.start()].rstrip()
        if before.strip(_MARK_DOTS):  # (……预览已结束，剩余3页…: no line of dots is left)
            out.append(before)
        if not out or out[-1] != TRUNCATED:
            out.append(TRUNCATED)
        pos = m.end()
    rest = line[pos:].rstrip() if pos == 0 else line[pos:].strip()
    if rest.strip(_MARK_DOTS) or not out:
        out.append(rest)
    return out
