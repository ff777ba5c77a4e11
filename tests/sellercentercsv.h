#pragma once

// Writes synthetic orders in the seller-center export layout (Chinese headers), for
// the benchmarks and the crash-safety test.

#include <QDateTime>
#include <QFile>
#include <QRandomGenerator>
#include <QStringList>
#include <QTextStream>
#include <QTimeZone>

namespace sdtest {

// `orders` rows with order ids firstId, firstId + 1, ...; the same arguments give the
// same bytes. False when the file cannot be written.
inline bool writeSellerCenterCsv(const QString &path, int orders,
                                 qint64 firstId = 8000000000000000LL)
{
    using namespace Qt::StringLiterals;
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    QTextStream s(&f);
    s.setEncoding(QStringConverter::Utf8);
    s << u"订单号,订单状态,负责人(业务员),买家名称,下单时间,付款时间,产品总金额,物流费用,订单金额,满立减,"
         "产品信息,订单备注,收货地址,收货人名称,收货国家,州/省,城市,地址,邮编,联系电话,手机,买家选择物流,"
         "发货期限,实际发货物流:运单号,发货时间,确认收货时间\n"_s;
    const QStringList statuses{u"等待您发货"_s, u"等待买家收货"_s, u"订单结束"_s, u"风控中"_s,
                               u"纠纷中"_s, u"冻结中"_s};
    const QStringList products{u"Silicone spatula set, 5 pcs"_s, u"Ceramic coffee mug 350 ml"_s,
                               u"USB-C braided cable 2 m"_s, u"Wireless earbuds with charging case"_s,
                               u"Floral embroidery starter kit"_s, u"Pearl hair clips, 12 pcs"_s};
    const QStringList buyers{u"Lucía García"_s, u"Camille Martin"_s, u"João Silva"_s,
                             u"Иван Петров"_s, u"김민준"_s, u"Emily Johnson"_s};
    const QStringList countries{u"ES"_s, u"FR"_s, u"BR"_s, u"RU"_s, u"KR"_s, u"US"_s};
    QRandomGenerator rng(quint32(42 + (firstId - 8000000000000000LL)));
    const QDateTime start(QDate(2025, 1, 1), QTime(0, 0), QTimeZone::utc());
    for (int i = 0; i < orders; ++i) {
        const QDateTime created = start.addSecs(qint64(i) * 31 + rng.bounded(30));
        const QDateTime paid = created.addSecs(60 + rng.bounded(3600));
        const int status = int(rng.bounded(100)) < 70 ? 2 : int(rng.bounded(6));
        const bool shipped = status == 1 || status == 2;
        const int qty = 1 + int(rng.bounded(3));
        const int cents = 199 + int(rng.bounded(5000));
        const QString total = u"US $%1.%2"_s.arg((cents * qty) / 100).arg((cents * qty) % 100, 2, 10,
                                                                           QChar(u'0'));
        const int p = int(rng.bounded(int(products.size())));
        const int b = int(rng.bounded(int(buyers.size())));
        s << (firstId + i) << ',' << statuses.at(status) << ",Li Wei," << buyers.at(b) << ','
          << created.toString(u"yyyy-MM-dd HH:mm:ss"_s) << ','
          << paid.toString(u"yyyy-MM-dd HH:mm:ss"_s) << ',' << total << ",US $0.00," << total
          << ",US $0.00,\"【1】" << products.at(p) << "\n(产品数量: " << qty << " piece)\",,"
          << "Street 1,Receiver," << countries.at(b) << ",State,City,Street 1,10001,,,"
          << "AliExpress Standard Shipping,,"
          << (shipped ? u"CAINIAO:LP%1CN"_s.arg(100000000 + i) : QString()) << ','
          << (shipped ? paid.addSecs(20 * 3600).toString(u"yyyy-MM-dd HH:mm:ss"_s) : QString())
          << ",\n";
    }
    s.flush();
    return f.error() == QFile::NoError;
}

} // namespace sdtest
